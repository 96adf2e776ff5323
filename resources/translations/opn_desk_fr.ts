<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="55" />
            <source>{value!r} is not a number.</source>
            <translation>{value!r} n’est pas un nombre.</translation>
        </message>
    </context>
    <context>
        <name>ActionItemDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="65" />
            <source>Add an action item</source>
            <translation>Ajouter une action</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="65" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="70" />
            <source>(the meeting as a whole)</source>
            <translation>(la réunion dans son ensemble)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="73" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="74" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="75" />
            <source>Due on</source>
            <translation>Échéance le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="76" />
            <source>Agenda item</source>
            <translation>Point de l’ordre du jour</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesImportDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="55" />
            <source>Import activities</source>
            <translation>Importer des activités</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="58" />
            <source>The network's reporting export, CSV or Excel (.xlsx): one row per activity with organisation, programme, year, title and category; initiative, countries, SDGs, change in practice, highlight and submission date are optional. Nothing is written while any row has a problem.</source>
            <translation>L’export des rapports du réseau, CSV ou Excel (.xlsx) : une ligne par activité avec l’organisation, le programme, l’année, le titre et la catégorie ; l’initiative, les pays, les ODD, le changement de pratiques, le fait marquant et la date de soumission sont facultatifs. Rien n’est écrit tant qu’une ligne pose problème.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="65" />
            <source>No file chosen</source>
            <translation>Aucun fichier choisi</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="66" />
            <source>Choose the file…</source>
            <translation>Choisir le fichier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="70" />
            <source>Which field each column fills</source>
            <translation>Champ rempli par chaque colonne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="71" />
            <source>Column of the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="71" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="77" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="77" />
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="77" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="82" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="92" />
            <source>Choose the reporting export</source>
            <translation>Choisir l’export des rapports</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="93" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="102" />
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="116" />
            <source>(by its name)</source>
            <translation>(par son nom)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="117" />
            <source>(leave out)</source>
            <translation>(ignorer)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="148" />
            <source>Checking {count} rows…</source>
            <translation>Vérification de {count} lignes…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="158" />
            <source>warning: {text}</source>
            <translation>avertissement : {text}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="162" />
            <source>{rows} rows checked, no problems: {activities} activities to import, {submissions} submissions to record, {skipped} rows already recorded.</source>
            <translation>{rows} lignes vérifiées, aucun problème : {activities} activités à importer, {submissions} soumissions à enregistrer, {skipped} lignes déjà enregistrées.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="167" />
            <source>{count} problems: nothing will be written until they are corrected in the file or the mapping.</source>
            <translation>{count} problèmes : rien ne sera écrit tant qu’ils ne sont pas corrigés dans le fichier ou la correspondance.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/import_dialog.py" line="181" />
            <source>Import activities from {name}</source>
            <translation>Importer les activités de {name}</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="34" />
            <source>Every category</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="34" />
            <source>Category of the activity</source>
            <translation>Catégorie de l’activité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="36" />
            <source>Search titles and partners</source>
            <translation>Rechercher dans les titres et les partenaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="42" />
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="42" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="42" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="42" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="43" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="43" />
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="43" />
            <source>Highlight</source>
            <translation>Fait marquant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="44" />
            <source>Change in practice</source>
            <translation>Changement de pratiques</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="47" />
            <source>No activity reported in this cycle matches.</source>
            <translation>Aucune activité rapportée dans ce cycle ne correspond.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="49" />
            <source>New activity…</source>
            <translation>Nouvelle activité…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="50" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="51" />
            <location filename="../../opn_desk/gui/reporting/activities.py" line="151" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="91" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="94" />
            <source>{shown} of {total} activities</source>
            <translation>{shown} sur {total} activités</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="137" />
            <source>Add the activity {title}</source>
            <translation>Ajouter l’activité {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="140" />
            <source>Edit the activity {title}</source>
            <translation>Modifier l’activité {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="150" />
            <source>Delete the activity {title}?</source>
            <translation>Supprimer l’activité {title} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/activities.py" line="153" />
            <source>Delete the activity {title}</source>
            <translation>Supprimer l’activité {title}</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="168" />
            <source>Edit the activity</source>
            <translation>Modifier l’activité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="168" />
            <source>New activity</source>
            <translation>Nouvelle activité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="169" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="169" />
            <source>Add the activity</source>
            <translation>Ajouter l’activité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="183" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="189" />
            <source>Country codes (ISO3), e.g. KEN; PER</source>
            <translation>Codes de pays (ISO3), p. ex. KEN; PER</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="191" />
            <source>e.g. 12, 7</source>
            <translation>p. ex. 12, 7</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="193" />
            <source>What changed in practice</source>
            <translation>Ce qui a changé dans les pratiques</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="195" />
            <source>A highlight of the year (shown in the cycle summary)</source>
            <translation>Un fait marquant de l’année (affiché dans le résumé du cycle)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="197" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="198" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="199" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="200" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="201" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="202" />
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="203" />
            <source>Change in practice</source>
            <translation>Changement de pratiques</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="208" />
            <source>Choose the partner that reported the activity.</source>
            <translation>Choisissez le partenaire qui a rapporté l’activité.</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="31" />
            <source>Add an agenda item</source>
            <translation>Ajouter un point à l’ordre du jour</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="31" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="35" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="36" />
            <source>Presenter</source>
            <translation>Présentateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="37" />
            <source>Decision sought</source>
            <translation>Décision demandée</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="53" />
            <source>Add item…</source>
            <translation>Ajouter un point…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="59" />
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="129" />
            <source>Choose an agenda item.</source>
            <translation>Choisissez un point de l’ordre du jour.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="64" />
            <source>Papers</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="70" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="71" />
            <source>Add paper…</source>
            <translation>Ajouter un document…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="76" />
            <source>Written comments sent in advance</source>
            <translation>Commentaires écrits envoyés à l'avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="82" />
            <source>Record written comments…</source>
            <translation>Enregistrer des commentaires écrits…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="109" />
            <source>papers: {n}</source>
            <translation>documents : {n}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="135" />
            <source>Presenter</source>
            <translation>Présentateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="138" />
            <source>Decision sought</source>
            <translation>Décision demandée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="151" />
            <source>No written comments on this item.</source>
            <translation>Aucun commentaire écrit sur ce point.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="162" />
            <source>Add the agenda item {title}</source>
            <translation>Ajouter le point {title} à l’ordre du jour</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="173" />
            <source>Add a paper to {item}</source>
            <translation>Ajouter un document à {item}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="184" />
            <source>Add the paper {name}</source>
            <translation>Ajouter le document {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="200" />
            <source>No program on this computer opens {name}.</source>
            <translation>Aucun programme de cet ordinateur n’ouvre {name}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/agenda.py" line="213" />
            <source>Written comments on {item}</source>
            <translation>Commentaires écrits sur {item}</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetailPanel</name>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="116" />
            <source>Open the organisation in the registry</source>
            <translation>Ouvrir l’organisation dans le registre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="118" />
            <source>Letters and PDFs</source>
            <translation>Lettres et PDF</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="121" />
            <source>Acknowledgement letter…</source>
            <translation>Lettre d’accusé de réception…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="122" />
            <source>Decision letter…</source>
            <translation>Lettre de décision…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="123" />
            <source>Application summary…</source>
            <translation>Résumé de la candidature…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="128" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="149" />
            <source>Next step:</source>
            <translation>Étape suivante :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="157" />
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="158" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="108" />
            <source>Screening</source>
            <translation>Présélection</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="159" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="123" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="235" />
            <source>Reviews</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="160" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="252" />
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="161" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="175" />
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="175" />
            <source>Alternate</source>
            <translation>Suppléant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="176" />
            <source>Statement</source>
            <translation>Déclaration</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="176" />
            <source>Contribution</source>
            <translation>Contribution</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="177" />
            <source>Work-streams</source>
            <translation>Axes de travail</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="177" />
            <source>Priority sectors</source>
            <translation>Secteurs prioritaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="178" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="191" />
            <source>The MAC's opinion</source>
            <translation>L’avis du MAC</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="197" />
            <source>The Multi-stakeholder Advisory Committee's opinion, when it gives one</source>
            <translation>L’avis du Comité consultatif multipartite, lorsqu’il en donne un</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="205" />
            <source>Save opinion</source>
            <translation>Enregistrer l’avis</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="219" />
            <source>Eligibility and due diligence. Tick each check when it is done; moving to Under review needs every item ticked, or a reason to override the checklist.</source>
            <translation>Éligibilité et diligence raisonnable. Cochez chaque vérification une fois faite ; passer à En cours d’examen demande que tous les éléments soient cochés, ou une raison de passer outre la liste.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="232" />
            <source>Another check for this application</source>
            <translation>Une autre vérification pour cette candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="233" />
            <source>Add check</source>
            <translation>Ajouter la vérification</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="268" />
            <source>Score…</source>
            <translation>Noter…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="269" />
            <source>Declare conflict…</source>
            <translation>Déclarer un conflit…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="270" />
            <source>Remove declared conflict</source>
            <translation>Retirer le conflit déclaré</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="271" />
            <source>Ranking of the call…</source>
            <translation>Classement de l’appel…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="294" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="294" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="294" />
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="311" />
            <source>Files are copied into the database, at most {limit} MB each; opening one shows a copy.</source>
            <translation>Les fichiers sont copiés dans la base de données, {limit} Mo au plus chacun ; en ouvrir un affiche une copie.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="314" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="315" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="316" />
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="332" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="332" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="332" />
            <source>When, by whom</source>
            <translation>Quand, par qui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="333" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="347" />
            <source>Application history</source>
            <translation>Historique de la candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="376" />
            <source>That application no longer exists.</source>
            <translation>Cette candidature n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="404" />
            <source>received {day}</source>
            <translation>reçue le {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="408" />
            <source>since {when}, by {who}</source>
            <translation>depuis le {when}, par {who}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="48" />
            <source>(nobody named)</source>
            <translation>(personne de nommé)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="51" />
            <source>(none given)</source>
            <translation>(aucune donnée)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="54" />
            <source>(none offered)</source>
            <translation>(aucune proposée)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="58" />
            <source>{decision} on {day}</source>
            <translation>{decision} le {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="63" />
            <source>Withdrawn</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="65" />
            <source>Not decided yet</source>
            <translation>Pas encore décidée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="68" />
            <source>Accepting it created a membership: &lt;a href="org"&gt;see it in the organisation's memberships&lt;/a&gt;.</source>
            <translation>L’accepter a créé une adhésion : &lt;a href="org"&gt;la voir dans les adhésions de l’organisation&lt;/a&gt;.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="81" />
            <source>The MAC's opinion is recorded while the application is under review or waiting for it.</source>
            <translation>L’avis du MAC est enregistré pendant l’examen de la candidature ou lorsqu’elle l’attend.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="99" />
            <source>No checks on the list.</source>
            <translation>Aucune vérification sur la liste.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="101" />
            <source>All {total} checks done.</source>
            <translation>Les {total} vérifications sont faites.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="103" />
            <source>{done} of {total} checks done.</source>
            <translation>{done} vérifications faites sur {total}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="107" />
            <source>Screening ({done}/{total})</source>
            <translation>Présélection ({done}/{total})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="118" />
            <source>This application answers no call, so it is not scored: network members join without a review.</source>
            <translation>Cette candidature ne répond à aucun appel, elle n’est donc pas notée : les membres du réseau adhèrent sans évaluation.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="129" />
            <source>The call has no evaluation criteria yet.</source>
            <translation>L’appel n’a pas encore de critères d’évaluation.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="131" />
            <source>Scores from 0 to {max} per criterion and reviewer. Criteria where reviewers differ by {spread} points or more are highlighted.</source>
            <translation>Notes de 0 à {max} par critère et par évaluateur. Les critères où les évaluateurs divergent de {spread} points ou plus sont surlignés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail.py" line="441" />
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="135" />
            <source>Scores are recorded while the application is under review or waiting for the MAC's opinion.</source>
            <translation>Les notes sont enregistrées pendant l’examen de la candidature ou lorsqu’elle attend l’avis du MAC.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="138" />
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="138" />
            <source>Weight</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="138" />
            <source>Mean</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="156" />
            <source>Reviewers disagree: their scores differ by {spread} points (from {low} to {high}); differences of {limit} points or more are highlighted.</source>
            <translation>Les évaluateurs divergent : leurs notes diffèrent de {spread} points (de {low} à {high}) ; les écarts de {limit} points ou plus sont surlignés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="181" />
            <source>Weighted total</source>
            <translation>Total pondéré</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="206" />
            <source>&lt;b&gt;Weighted total: {total}&lt;/b&gt; of {max}</source>
            <translation>&lt;b&gt;Total pondéré : {total}&lt;/b&gt; sur {max}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="208" />
            <source>{done} of {needed} complete reviews</source>
            <translation>{done} évaluations complètes sur {needed}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="211" />
            <source>not scored yet: {criteria}</source>
            <translation>pas encore noté : {criteria}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="213" />
            <source>&lt;span style='background: #fde3c3;'&gt;reviewers disagree on {criteria}&lt;/span&gt;</source>
            <translation>&lt;span style='background: #fde3c3;'&gt;les évaluateurs divergent sur {criteria}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="216" />
            <source>rank {rank} in the call</source>
            <translation>rang {rank} dans l’appel</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="219" />
            <source>Scores left out for a conflict of interest:</source>
            <translation>Notes écartées pour conflit d’intérêts :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="226" />
            <source>Declared conflict: {who}, {day}</source>
            <translation>Conflit déclaré : {who}, {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="234" />
            <source>Reviews ({total})</source>
            <translation>Évaluations ({total})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="251" />
            <source>Files ({count})</source>
            <translation>Fichiers ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="269" />
            <source>History ({count})</source>
            <translation>Historique ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="106" />
            <source>Tick “{item}” for {name}</source>
            <translation>Cocher « {item} » pour {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="106" />
            <source>Untick “{item}” for {name}</source>
            <translation>Décocher « {item} » pour {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="129" />
            <source>Add the check “{item}” for {name}</source>
            <translation>Ajouter la vérification « {item} » pour {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="153" />
            <source>Record the MAC's opinion on {name}</source>
            <translation>Enregistrer l’avis du MAC sur {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="169" />
            <source>Scores of {reviewer} for {name}</source>
            <translation>Notes de {reviewer} pour {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="183" />
            <source>Conflict of interest: {reviewer} on {name}</source>
            <translation>Conflit d’intérêts : {reviewer} sur {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="196" />
            <source>Remove the conflict {who} declared?</source>
            <translation>Retirer le conflit déclaré par {who} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="197" />
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="265" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="197" />
            <source>Their scores on this application count again. You can undo this with Edit › Undo.</source>
            <translation>Ses notes sur cette candidature comptent à nouveau. Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="199" />
            <source>Remove the conflict of {who}</source>
            <translation>Retirer le conflit de {who}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="218" />
            <source>Attach files</source>
            <translation>Joindre des fichiers</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="219" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="234" />
            <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
            <translation>{name} fait {size:.1f} Mo ; les pièces jointes font au plus {limit} Mo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="236" />
            <source>Attach a smaller copy (a compressed PDF, for example), or keep the file where it is and note where in the statement.</source>
            <translation>Joignez une copie plus petite (un PDF compressé, par exemple), ou laissez le fichier où il est et notez où dans la déclaration.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="241" />
            <source>Attach {file} to {name}</source>
            <translation>Joindre {file} à {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="251" />
            <source>No program on this computer opens {name}.</source>
            <translation>Aucun programme de cet ordinateur n’ouvre {name}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="252" />
            <source>A copy was saved as {path}.</source>
            <translation>Une copie a été enregistrée sous {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="264" />
            <source>Remove {file} from this application?</source>
            <translation>Retirer {file} de cette candidature ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="265" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="266" />
            <source>Remove {file} from {name}</source>
            <translation>Retirer {file} de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="275" />
            <source>acknowledgement</source>
            <translation>accusé de réception</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="275" />
            <source>decision</source>
            <translation>décision</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="276" />
            <source>application</source>
            <translation>candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="280" />
            <source>Save the PDF</source>
            <translation>Enregistrer le PDF</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/detail_actions.py" line="286" />
            <source>Wrote {path} ({pages} pages)</source>
            <translation>{path} écrit ({pages} pages)</translation>
        </message>
    </context>
    <context>
        <name>Applications</name>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="132" />
            <source>A call needs a title.</source>
            <translation>Un appel a besoin d’un titre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="134" />
            <source>The call's title is longer than 300 characters.</source>
            <translation>Le titre de l’appel dépasse 300 caractères.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="136" />
            <source>A call cannot close before it opens.</source>
            <translation>Un appel ne peut pas se clôturer avant de s’ouvrir.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="157" />
            <source>Applications already answer this call, so its programme and role cannot change.</source>
            <translation>Des candidatures répondent déjà à cet appel : son programme et son rôle ne peuvent plus changer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="325" />
            <source>Choose the organisation that applies (create it first if it is new).</source>
            <translation>Choisissez l’organisation candidate (créez-la d’abord si elle est nouvelle).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="338" />
            <source>That call no longer exists.</source>
            <translation>Cet appel n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="346" />
            <source>The alternate must be someone other than the representative.</source>
            <translation>Le suppléant doit être une autre personne que le représentant.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="349" />
            <source>An application cannot be received in the future.</source>
            <translation>Une candidature ne peut pas être reçue dans le futur.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="405" />
            <source>The application was changed since you opened it; reopen it to see the latest version.</source>
            <translation>La candidature a été modifiée depuis que vous l’avez ouverte ; rouvrez-la pour voir la dernière version.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="410" />
            <source>The application already has scores, so its organisation, programme, role and call cannot change.</source>
            <translation>La candidature a déjà des notes : son organisation, son programme, son rôle et son appel ne peuvent plus changer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="434" />
            <source>A checklist item needs a name.</source>
            <translation>Un élément de liste de vérification a besoin d’un nom.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="513" />
            <source>A decision cannot be dated in the future.</source>
            <translation>Une décision ne peut pas être datée dans le futur.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="515" />
            <source>A decision cannot be dated before the application was received.</source>
            <translation>Une décision ne peut pas être datée d’avant la réception de la candidature.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="564" />
            <source>Only a decided or withdrawn application can be reopened.</source>
            <translation>Seule une candidature décidée ou retirée peut être rouverte.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="595" />
            <source>The attachment needs a file name.</source>
            <translation>La pièce jointe a besoin d’un nom de fichier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/applications.py" line="632" />
            <location filename="../../opn_desk/services/applications.py" line="640" />
            <source>That attachment no longer exists (it may have been removed or undone).</source>
            <translation>Cette pièce jointe n’existe plus (elle a peut-être été retirée ou annulée).</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="116" />
            <location filename="../../opn_desk/gui/applications/page.py" line="139" />
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="116" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="89" />
            <source>Search applicants by name or acronym</source>
            <translation>Rechercher les candidats par nom ou sigle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="90" />
            <source>Record application</source>
            <translation>Enregistrer une candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="91" />
            <source>Record an application received by e-mail or on paper (Ctrl+Shift+N)</source>
            <translation>Enregistrer une candidature reçue par courriel ou sur papier (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="94" />
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="97" />
            <source>Import applications…</source>
            <translation>Importer des candidatures…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="98" />
            <source>Import organisations and people…</source>
            <translation>Importer des organisations et des personnes…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="100" />
            <source>Export applicants for a mail merge…</source>
            <translation>Exporter les candidats pour un publipostage…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="102" />
            <source>Calls and evaluation criteria…</source>
            <translation>Appels et critères d’évaluation…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="104" />
            <source>Screening checklists…</source>
            <translation>Listes de vérification de la présélection…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="106" />
            <source>Ranking of the call…</source>
            <translation>Classement de l’appel…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="107" />
            <source>Review pack of the call (PDF)…</source>
            <translation>Dossier d’évaluation de l’appel (PDF)…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="122" />
            <source>All programmes</source>
            <translation>Tous les programmes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="122" />
            <source>Programme applied to</source>
            <translation>Programme visé par la candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="124" />
            <location filename="../../opn_desk/gui/applications/page.py" line="202" />
            <source>All calls</source>
            <translation>Tous les appels</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="124" />
            <source>The call the application answers</source>
            <translation>L’appel auquel répond la candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="125" />
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="125" />
            <source>Where the application is</source>
            <translation>Où en est la candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="126" />
            <source>Open applications</source>
            <translation>Candidatures ouvertes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="128" />
            <source>All roles</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="128" />
            <source>Role applied for</source>
            <translation>Rôle demandé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="130" />
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="207" />
            <source>{count} applications; open {start} to {end}</source>
            <translation>{count} candidatures ; ouvrir de {start} à {end}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="246" />
            <source>Choose a call in the filters first.</source>
            <translation>Choisissez d’abord un appel dans les filtres.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="254" />
            <source>1 application</source>
            <translation>1 candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="256" />
            <source>{count} applications</source>
            <translation>{count} candidatures</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="257" />
            <source> match</source>
            <translation> correspondent</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="259" />
            <source>No applications yet. Record one with Record application, or import a file with More › Import applications.</source>
            <translation>Aucune candidature pour l’instant. Enregistrez-en une avec Enregistrer une candidature, ou importez un fichier avec Plus › Importer des candidatures.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="262" />
            <source>No application matches. Try fewer words or clear the filters.</source>
            <translation>Aucune candidature ne correspond. Essayez moins de mots ou effacez les filtres.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="344" />
            <source>Application recorded.</source>
            <translation>Candidature enregistrée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="367" />
            <source>Export applicants for a mail merge</source>
            <translation>Exporter les candidats pour un publipostage</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="369" />
            <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>Fichier CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="379" />
            <source>Exported {count} applicants to {path}</source>
            <translation>{count} candidats exportés vers {path}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="437" />
            <source>Save the review pack</source>
            <translation>Enregistrer le dossier d’évaluation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="437" />
            <source>review pack</source>
            <translation>dossier d’évaluation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="443" />
            <source>Wrote {path} ({pages} pages)</source>
            <translation>{path} écrit ({pages} pages)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="444" />
            <source>Review pack: {title}</source>
            <translation>Dossier d’évaluation : {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="452" />
            <source>Decision recorded. Write the decision letter now?</source>
            <translation>Décision enregistrée. Écrire la lettre de décision maintenant ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="453" />
            <source>Write the letter…</source>
            <translation>Écrire la lettre…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="453" />
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="454" />
            <source>You can also write it later from Letters and PDFs.</source>
            <translation>Vous pouvez aussi l’écrire plus tard depuis Lettres et PDF.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="474" />
            <source>&amp;Applications</source>
            <translation>&amp;Candidatures</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="475" />
            <source>&amp;Record application…</source>
            <translation>&amp;Enregistrer une candidature…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="494" />
            <source>&amp;Due list</source>
            <translation>&amp;Échéances</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="513" />
            <source>{count} things due</source>
            <translation>{count} échéances</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <source>In this state</source>
            <translation>Dans cet état</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>This column is not sortable.</source>
            <translation>Cette colonne ne peut pas être triée.</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 jour</translation>
        </message>
        <message>
            <source>Click to sort by {column}.</source>
            <translation>Cliquez pour trier par {column}.</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} jours</translation>
        </message>
    </context>
    <context>
        <name>ApproveMinutesDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="152" />
            <source>Approve the minutes of {meeting}</source>
            <translation>Approuver le procès-verbal de {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="153" />
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="156" />
            <source>At {meeting}</source>
            <translation>Lors de {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="157" />
            <source>By written procedure</source>
            <translation>Par procédure écrite</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="159" />
            <source>e.g. the advisory committee</source>
            <translation>p. ex. le comité consultatif</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="161" />
            <source>Approved minutes cannot be changed; Undo takes an approval back.</source>
            <translation>Un procès-verbal approuvé ne peut plus être modifié ; Annuler retire une approbation.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="164" />
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="165" />
            <source>Approved by</source>
            <translation>Approuvé par</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="166" />
            <source>On (written procedure)</source>
            <translation>Le (procédure écrite)</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="54" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="55" />
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="56" />
            <source>Selection</source>
            <translation>Sélection</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="56" />
            <source>Core partner selection after each open call: a proposed slate balanced across the five UN regional groups and the stakeholder clusters, aiming for at least half of core partners with a female designated representative, with the reasons for each choice.</source>
            <translation>Sélection des partenaires principaux après chaque appel ouvert : une liste proposée équilibrée entre les cinq groupes régionaux de l’ONU et les groupes de parties prenantes, visant au moins la moitié de partenaires principaux ayant une représentante désignée, avec les raisons de chaque choix.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="60" />
            <source>Leadership</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="60" />
            <source>The leadership renewal process: agreeing the need and timeline, the open call, review against the evaluation criteria, the MAC's opinion and submission to the Board; co-lead terms and succession planning up to 2030.</source>
            <translation>Le processus de renouvellement de la direction : accord sur le besoin et le calendrier, l’appel ouvert, l’évaluation selon les critères, l’avis du MAC et la soumission au Conseil ; mandats des co-responsables et planification de la succession jusqu’en 2030.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="64" />
            <source>Reporting</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="64" />
            <source>Yearly reporting by partners: who has not reported yet, reminders, reporting rates by programme against the 75% target, and activities by category.</source>
            <translation>Rapports annuels des partenaires : qui n’a pas encore rapporté, relances, taux de rapport par programme par rapport à l’objectif de 75 %, et activités par catégorie.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="67" />
            <source>Portfolio</source>
            <translation>Portefeuille</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="67" />
            <source>Core and affiliated initiatives, their due diligence, the SDGs they serve, and initiatives inactive for two years kept for monitoring.</source>
            <translation>Initiatives principales et affiliées, leur diligence raisonnable, les ODD qu’elles servent, et les initiatives inactives depuis deux ans conservées pour suivi.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="70" />
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="70" />
            <source>MAC meetings (one virtual and one face-to-face each year): invitations, participation including written comments sent in advance, travel support for partners from LDCs, and printed dossiers.</source>
            <translation>Réunions du MAC (une virtuelle et une en présentiel chaque année) : invitations, participation y compris les commentaires écrits envoyés à l’avance, soutien aux déplacements des partenaires des PMA, et dossiers imprimés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="73" />
            <source>Work plan</source>
            <translation>Plan de travail</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="73" />
            <source>Tasks by area with their progress, next steps and status (completed, ongoing, not yet started, postponed), printed as the three-column progress report.</source>
            <translation>Tâches par domaine avec leur avancement, prochaines étapes et statut (terminée, en cours, pas encore commencée, reportée), imprimées comme le rapport d’avancement en trois colonnes.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="82" />
            <source>Record a self-assessment</source>
            <translation>Enregistrer une auto-évaluation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="82" />
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="91" />
            <source>(not assessed)</source>
            <translation>(non évalué)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="92" />
            <source>Met</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="93" />
            <source>Not met</source>
            <translation>Non satisfait</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="95" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="96" />
            <source>Conversation on</source>
            <translation>Entretien du</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="97" />
            <source>Rating</source>
            <translation>Appréciation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="99" />
            <source>Renewal commitments</source>
            <translation>Engagements de renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="100" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>BalanceView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="64" />
            <source>Balance of the proposed leadership</source>
            <translation>Équilibre de la direction proposée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="72" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="72" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="72" />
            <source>Needs</source>
            <translation>Besoin</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="72" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="81" />
            <source>Counted by</source>
            <translation>Compté par</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="81" />
            <source>Leads</source>
            <translation>Responsables</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="87" />
            <source>The core-partner selection's rules, for as many seats as leads are proposed. With few seats not every group can be represented. Gender is only counted.</source>
            <translation>Les règles de la sélection des partenaires principaux, pour autant de sièges que de responsables proposés. Avec peu de sièges, tous les groupes ne peuvent pas être représentés. Le genre est seulement compté.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="102" />
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="102" />
            <source>Stakeholder cluster</source>
            <translation>Groupe de parties prenantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/balance.py" line="104" />
            <source>Representative's gender</source>
            <translation>Genre du représentant</translation>
        </message>
    </context>
    <context>
        <name>CandidateDetail</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="61" />
            <source>Scores</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="64" />
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="64" />
            <source>Weight</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="64" />
            <source>Mean</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="65" />
            <source>By reviewer</source>
            <translation>Par évaluateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="71" />
            <source>Score…</source>
            <translation>Noter…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="72" />
            <source>Record a reviewer's scores of this incumbent on the lead criteria</source>
            <translation>Enregistrer les notes d’un évaluateur pour ce titulaire selon les critères de direction</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="77" />
            <source>MAC opinion</source>
            <translation>Avis du MAC</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="82" />
            <source>The Multi-stakeholder Advisory Committee's opinion on this candidate</source>
            <translation>L’avis du Comité consultatif multipartite sur ce candidat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="89" />
            <source>Save opinion</source>
            <translation>Enregistrer l’avis</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="96" />
            <source>Proposed leadership</source>
            <translation>Direction proposée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="102" />
            <source>Propose…</source>
            <translation>Proposer…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="103" />
            <source>Take out of the proposal</source>
            <translation>Retirer de la proposition</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="113" />
            <source>Choose a candidate in the table to see its scores and the MAC's opinion.</source>
            <translation>Choisissez un candidat dans le tableau pour voir ses notes et l’avis du MAC.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="142" />
            <source>Incumbent seeking renewal</source>
            <translation>Titulaire demandant le renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="144" />
            <source>Incumbent, applied</source>
            <translation>Titulaire, candidat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="146" />
            <source>Applicant: {status}</source>
            <translation>Candidat : {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="149" />
            <source>cluster not recorded</source>
            <translation>groupe non enregistré</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="150" />
            <source>represented by {name}</source>
            <translation>représenté par {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="151" />
            <source>no representative recorded</source>
            <translation>aucun représentant enregistré</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="153" />
            <source>current term ends on {day}</source>
            <translation>le mandat en cours se termine le {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="155" />
            <source>Commitment offered: {text}</source>
            <translation>Engagement proposé : {text}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="156" />
            <source>not stated</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="164" />
            <source>not scored yet</source>
            <translation>pas encore noté</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="167" />
            <source>Not scored yet.</source>
            <translation>Pas encore noté.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="169" />
            <source>Weighted total {total}, rank {rank} of the scored candidates.</source>
            <translation>Total pondéré {total}, rang {rank} parmi les candidats notés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="176" />
            <source>Kept on the application (recorded while it is under review or waiting for the MAC).</source>
            <translation>Conservé avec la candidature (enregistré pendant son examen ou lorsqu’elle attend le MAC).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="178" />
            <source>Kept with the renewal process.</source>
            <translation>Conservé avec le processus de renouvellement.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="180" />
            <source>Proposed.</source>
            <translation>Proposé.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidate.py" line="183" />
            <source>Not proposed.</source>
            <translation>Non proposé.</translation>
        </message>
    </context>
    <context>
        <name>CandidatesView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="47" />
            <source>Lead criteria…</source>
            <translation>Critères de direction…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="48" />
            <source>The criteria candidates are scored on (editable)</source>
            <translation>Les critères sur lesquels les candidats sont notés (modifiables)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="49" />
            <source>Incumbents…</source>
            <translation>Titulaires…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="50" />
            <source>Which incumbent co-leads seek renewal, and their commitments</source>
            <translation>Quels co-responsables titulaires demandent le renouvellement, et leurs engagements</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="62" />
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="64" />
            <source>Tick “Proposed” to put a candidate in the proposed leadership; untick to take it out. Unscored candidates are listed last.</source>
            <translation>Cochez « Proposé » pour mettre un candidat dans la direction proposée ; décochez pour l’en retirer. Les candidats non notés sont listés en dernier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="104" />
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="104" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="104" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="104" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="105" />
            <source>Country (group)</source>
            <translation>Pays (groupe)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="105" />
            <source>Cluster</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="105" />
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="105" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="106" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="106" />
            <source>MAC opinion</source>
            <translation>Avis du MAC</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="116" />
            <source>{name} (weight {weight:g}): mean score</source>
            <translation>{name} (pondération {weight:g}) : note moyenne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="120" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="130" />
            <source>Incumbent</source>
            <translation>Titulaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="131" />
            <source>Applicant (incumbent)</source>
            <translation>Candidat (titulaire)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="131" />
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="135" />
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="153" />
            <source>{count} candidates ({applicants} applications, {incumbents} incumbents seeking renewal without one); {proposed} proposed</source>
            <translation>{count} candidats ({applicants} candidatures, {incumbents} titulaires demandant le renouvellement sans candidature) ; {proposed} proposés</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="159" />
            <source>Link the process to its co-lead call first: the lead criteria are the call's.</source>
            <translation>Liez d’abord le processus à son appel de co-responsables : les critères de direction sont ceux de l’appel.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="171" />
            <source>The MAC opinion on {name} is not saved. Leave it?</source>
            <translation>L’avis du MAC sur {name} n’est pas enregistré. Le laisser ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="172" />
            <source>Leave it</source>
            <translation>Le laisser</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="206" />
            <source>Propose {name} for the leadership</source>
            <translation>Proposer {name} pour la direction</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="207" />
            <source>Take {name} out of the proposed leadership</source>
            <translation>Retirer {name} de la direction proposée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="213" />
            <source>Propose {name}</source>
            <translation>Proposer {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="213" />
            <source>Propose</source>
            <translation>Proposer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="214" />
            <source>Why is {name} proposed? (printed in the dossier)</source>
            <translation>Pourquoi {name} est-il proposé ? (imprimé dans le dossier)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="234" />
            <source>MAC opinion on {name}</source>
            <translation>Avis du MAC sur {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/candidates.py" line="249" />
            <source>Scores of {name}</source>
            <translation>Notes de {name}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="34" />
            <source>Screening checklists</source>
            <translation>Listes de vérification de la présélection</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="43" />
            <source>The eligibility and due-diligence checks a new application starts its screening with. Applications already received keep their own list.</source>
            <translation>Les vérifications d’éligibilité et de diligence raisonnable avec lesquelles une nouvelle candidature commence sa présélection. Les candidatures déjà reçues gardent leur propre liste.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="48" />
            <source>Role applied for:</source>
            <translation>Rôle demandé :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="62" />
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="65" />
            <source>Add check</source>
            <translation>Ajouter la vérification</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="66" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="67" />
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="68" />
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="69" />
            <source>Restore defaults</source>
            <translation>Rétablir les valeurs par défaut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="123" />
            <source>Customised by the desk</source>
            <translation>Personnalisée par le secrétariat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="123" />
            <source>Shipped defaults</source>
            <translation>Valeurs livrées par défaut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="144" />
            <source>New check</source>
            <translation>Nouvelle vérification</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="168" />
            <source>Restore the default screening checklist for {role}</source>
            <translation>Rétablir la liste de vérification de présélection par défaut pour {role}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="183" />
            <source>Set the screening checklist for {role}</source>
            <translation>Définir la liste de vérification de présélection pour {role}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="33" />
            <source>External review checklist</source>
            <translation>Liste de vérification de l’examen externe</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="36" />
            <source>Tick each recommendation of the external review once the renewal has considered it; who ticked it and when are recorded.</source>
            <translation>Cochez chaque recommandation de l’examen externe une fois que le renouvellement l’a prise en compte ; qui l’a cochée et quand sont enregistrés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="38" />
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="139" />
            <source>Considered</source>
            <translation>Prise en compte</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="38" />
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="38" />
            <source>Ticked by</source>
            <translation>Cochée par</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="39" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="49" />
            <source>Another item to check</source>
            <translation>Un autre élément à vérifier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="50" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="51" />
            <source>Note…</source>
            <translation>Note…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="52" />
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="190" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="85" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="85" />
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="93" />
            <source>{who}, {when}</source>
            <translation>{who}, {when}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="101" />
            <source>External review checklist: {done} of {count} considered</source>
            <translation>Liste de vérification de l’examen externe : {done} sur {count} prises en compte</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="134" />
            <source>Tick the checklist item “{text}”</source>
            <translation>Cocher l’élément « {text} »</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="139" />
            <source>Tick</source>
            <translation>Cocher</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="140" />
            <source>“{text}”: how was it considered?</source>
            <translation>« {text} » : comment a-t-il été pris en compte ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="154" />
            <source>Untick the checklist item “{text}”</source>
            <translation>Décocher l’élément « {text} »</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="164" />
            <source>Add the checklist item “{text}”</source>
            <translation>Ajouter l’élément « {text} »</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="174" />
            <source>Checklist note</source>
            <translation>Note sur l’élément</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="174" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="177" />
            <source>Note on the checklist item “{text}”</source>
            <translation>Note sur l’élément « {text} »</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="189" />
            <source>Remove “{text}” from the checklist?</source>
            <translation>Retirer « {text} » de la liste ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="190" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/checklist.py" line="191" />
            <source>Remove the checklist item “{text}”</source>
            <translation>Retirer l’élément « {text} »</translation>
        </message>
    </context>
    <context>
        <name>CollaborationsTab</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="41" />
            <source>Every programme</source>
            <translation>Tous les programmes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="41" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="51" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="51" />
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="133" />
            <source>Works with</source>
            <translation>Travaille avec</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="51" />
            <source>Initiatives shared</source>
            <translation>Initiatives partagées</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="53" />
            <source>No organisations share an initiative.</source>
            <translation>Aucune organisation ne partage d’initiative.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="55" />
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="120" />
            <source>Point at an organisation on the map to see its initiatives; click it to choose it.</source>
            <translation>Pointez une organisation sur la carte pour voir ses initiatives ; cliquez dessus pour la choisir.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="66" />
            <source>Open the organisation</source>
            <translation>Ouvrir l’organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="101" />
            <source>{count} pairs of organisations share initiatives; {placed} organisations on the map.</source>
            <translation>{count} paires d’organisations partagent des initiatives ; {placed} organisations sur la carte.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="104" />
            <source>Not on the map (no country, or one without a known place): {names}.</source>
            <translation>Absentes de la carte (sans pays, ou d’un pays sans emplacement connu) : {names}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="128" />
            <source>no country recorded</source>
            <translation>aucun pays enregistré</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/collaborations.py" line="130" />
            <source>Initiatives ({count})</source>
            <translation>Initiatives ({count})</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../opn_desk/cli.py" line="30" />
            <source>{problem} (see 'opn-desk --help').</source>
            <translation>{problem} (voir « opn-desk --help »).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/cli.py" line="570" />
            <source>Something went wrong that OPN Desk did not expect ({kind}). Nothing further was written; please report this.</source>
            <translation>Un problème inattendu pour OPN Desk est survenu ({kind}). Rien de plus n’a été écrit ; merci de le signaler.</translation>
        </message>
        <message>
            <source>the desk's database file, or a team server's postgresql:// URL (docs/SERVER.md)</source>
            <translation>le fichier de base de données du secrétariat, ou l’URL postgresql:// d’un serveur d’équipe (docs/SERVER.md)</translation>
        </message>
        <message>
            <source>OPN Desk: the coordination desk's tool for One Planet network programmes. Without a command, opens the desk's window.</source>
            <translation>OPN Desk : l’outil du secrétariat de coordination pour les programmes du One Planet network. Sans commande, ouvre la fenêtre du secrétariat.</translation>
        </message>
        <message>
            <source>open the database, show the window offscreen, run the checks and exit</source>
            <translation>ouvrir la base de données, afficher la fenêtre hors écran, lancer les vérifications et quitter</translation>
        </message>
        <message>
            <source>open the database read-only</source>
            <translation>ouvrir la base de données en lecture seule</translation>
        </message>
        <message>
            <source>the language of messages (default: the one saved in Preferences, else English); JSON, CSV/XLSX columns, codes and exit codes are never translated</source>
            <translation>la langue des messages (par défaut : celle enregistrée dans les Préférences, sinon l’anglais) ; le JSON, les colonnes CSV/XLSX, les codes et les codes de sortie ne sont jamais traduits</translation>
        </message>
        <message>
            <source>create a realistic demo network in a database</source>
            <translation>créer un réseau de démonstration réaliste dans une base de données</translation>
        </message>
        <message>
            <source>the same seed gives the same network (default 1)</source>
            <translation>la même graine donne le même réseau (par défaut 1)</translation>
        </message>
        <message>
            <source>how many (default 900)</source>
            <translation>combien (par défaut 900)</translation>
        </message>
        <message>
            <source>replace the file if it already exists</source>
            <translation>remplacer le fichier s’il existe déjà</translation>
        </message>
        <message>
            <source>integrity and rule checks; exit 1 listing any problems</source>
            <translation>vérifications d’intégrité et des règles ; code de sortie 1 en listant les problèmes</translation>
        </message>
        <message>
            <source>first rebuild the registry's search index from the organisations (a repair)</source>
            <translation>reconstruire d’abord l’index de recherche du registre à partir des organisations (une réparation)</translation>
        </message>
        <message>
            <source>export data to CSV or XLSX</source>
            <translation>exporter des données en CSV ou XLSX</translation>
        </message>
        <message>
            <source>FILE.csv or FILE.xlsx</source>
            <translation>FICHIER.csv ou FICHIER.xlsx</translation>
        </message>
        <message>
            <source>initiatives: leave out inactive initiatives and the desk's own notes</source>
            <translation>initiatives : laisser de côté les initiatives inactives et les notes du secrétariat</translation>
        </message>
        <message>
            <source>also export personal data that is sensitive (representatives' gender)</source>
            <translation>exporter aussi les données personnelles sensibles (genre des représentants)</translation>
        </message>
        <message>
            <source>write a reference table as the app uses it</source>
            <translation>écrire une table de référence telle que l’application l’utilise</translation>
        </message>
        <message>
            <source>LDC status as of this date (default today)</source>
            <translation>statut de PMA à cette date (par défaut aujourd’hui)</translation>
        </message>
        <message>
            <source>the regional groups as this database counts them (default: as shipped)</source>
            <translation>les groupes régionaux tels que cette base de données les compte (par défaut : tels que livrés)</translation>
        </message>
        <message>
            <source>write a verified backup of the database</source>
            <translation>écrire une sauvegarde vérifiée de la base de données</translation>
        </message>
        <message>
            <source>where to write it (default: the backups folder)</source>
            <translation>où l’écrire (par défaut : le dossier des sauvegardes)</translation>
        </message>
        <message>
            <source>replace FILE if it already exists</source>
            <translation>remplacer FICHIER s’il existe déjà</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current one is kept)</source>
            <translation>remplacer la base de données par une sauvegarde (l’actuelle est conservée)</translation>
        </message>
        <message>
            <source>the backup file (default: the newest backup that passes its check)</source>
            <translation>le fichier de sauvegarde (par défaut : la plus récente qui passe sa vérification)</translation>
        </message>
        <message>
            <source>import applications, organisations or reported activities from CSV/XLSX (all or nothing)</source>
            <translation>importer des candidatures, des organisations ou des activités rapportées depuis un CSV/XLSX (tout ou rien)</translation>
        </message>
        <message>
            <source>a .csv or .xlsx file, one row per record</source>
            <translation>un fichier .csv ou .xlsx, une ligne par enregistrement</translation>
        </message>
        <message>
            <source>the call the applications answer (its title or id)</source>
            <translation>l’appel auquel répondent les candidatures (son titre ou son identifiant)</translation>
        </message>
        <message>
            <source>a CSV/JSON mapping of file columns to fields</source>
            <translation>une correspondance CSV/JSON entre les colonnes du fichier et les champs</translation>
        </message>
        <message>
            <source>check the file and report; write nothing</source>
            <translation>vérifier le fichier et en rendre compte ; ne rien écrire</translation>
        </message>
        <message>
            <source>leave out these rows (as numbered in problems)</source>
            <translation>laisser de côté ces lignes (numérotées comme dans les problèmes)</translation>
        </message>
        <message>
            <source>print a PDF report</source>
            <translation>imprimer un rapport PDF</translation>
        </message>
        <message>
            <source>reporting: the reporting cycle's year (FILE.pdf or .xlsx)</source>
            <translation>reporting : l’année du cycle de rapports (FICHIER.pdf ou .xlsx)</translation>
        </message>
        <message>
            <source>review-pack: the call (its title or id); selection: the core-partner call (its id or a part of its title)</source>
            <translation>review-pack : l’appel (son titre ou son identifiant) ; selection : l’appel de partenaires principaux (son identifiant ou une partie de son titre)</translation>
        </message>
        <message>
            <source>application: the application's id</source>
            <translation>application : l’identifiant de la candidature</translation>
        </message>
        <message>
            <source>meeting-pack: the meeting's id (`opn-desk meetings list`)</source>
            <translation>meeting-pack : l’identifiant de la réunion (`opn-desk meetings list`)</translation>
        </message>
        <message>
            <source>dossier/roster: the programme's code, e.g. SPP</source>
            <translation>dossier/roster : le code du programme, p. ex. SPP</translation>
        </message>
        <message>
            <source>roster: composition on this date (default today)</source>
            <translation>roster : la composition à cette date (par défaut aujourd’hui)</translation>
        </message>
        <message>
            <source>dossier, selection: mark FINAL (no DRAFT watermark)</source>
            <translation>dossier, selection : marquer FINAL (sans filigrane DRAFT)</translation>
        </message>
        <message>
            <source>dossier: full (default, everything) or summary (the decision, the balance, half a page per candidate)</source>
            <translation>dossier : full (par défaut, tout) ou summary (la décision, l’équilibre, une demi-page par candidat)</translation>
        </message>
        <message>
            <source>selection: report the hand-picked slate instead of the optimal one</source>
            <translation>selection : présenter la liste choisie à la main au lieu de la liste optimale</translation>
        </message>
        <message>
            <source>the document's language (default: the language of messages); after the command, so a French desk may print an English dossier</source>
            <translation>la langue du document (par défaut : celle des messages) ; après la commande, pour qu’un secrétariat francophone puisse imprimer un dossier en anglais</translation>
        </message>
        <message>
            <source>propose a balanced core-partner slate (integer programming)</source>
            <translation>proposer une liste équilibrée de partenaires principaux (programmation en nombres entiers)</translation>
        </message>
        <message>
            <source>candidates: id, score, attributes</source>
            <translation>candidats : identifiant, score, attributs</translation>
        </message>
        <message>
            <source>seats, balance rules and pins</source>
            <translation>sièges, règles d’équilibre et épinglages</translation>
        </message>
        <message>
            <source>number of seats (overrides the rules file)</source>
            <translation>nombre de sièges (remplace celui du fichier de règles)</translation>
        </message>
        <message>
            <source>with --db: the core-partner call whose stored round to use (its id or a part of its title)</source>
            <translation>avec --db : l’appel de partenaires principaux dont utiliser la sélection enregistrée (son identifiant ou une partie de son titre)</translation>
        </message>
        <message>
            <source>print a JSON object instead of text</source>
            <translation>afficher un objet JSON au lieu de texte</translation>
        </message>
        <message>
            <source>--organisations must be between 1 and 1,000,000.</source>
            <translation>--organisations doit être compris entre 1 et 1 000 000.</translation>
        </message>
        <message>
            <source>A server database is backed up and restored with the server's own backups (pg_dump, pg_restore; docs/SERVER.md), not with OPN Desk's file copies.</source>
            <translation>Une base de données de serveur se sauvegarde et se restaure avec les sauvegardes du serveur (pg_dump, pg_restore ; docs/SERVER.md), pas avec les copies de fichier d’OPN Desk.</translation>
        </message>
        <message>
            <source>Demo network written to {path}: {summary}</source>
            <translation>Réseau de démonstration écrit dans {path} : {summary}</translation>
        </message>
        <message>
            <source>Wrote {count} countries to {path}.</source>
            <translation>{count} pays écrits dans {path}.</translation>
        </message>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>Sauvegarde écrite et vérifiée : {path}</translation>
        </message>
        <message>
            <source>{path} already exists; the demo network is written to a new database only (add --replace to overwrite it).</source>
            <translation>{path} existe déjà ; le réseau de démonstration n’est écrit que dans une nouvelle base de données (ajoutez --replace pour l’écraser).</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} est un dossier, pas un fichier de base de données.</translation>
        </message>
        <message>
            <source>{path}: search index rebuilt.</source>
            <translation>{path} : index de recherche reconstruit.</translation>
        </message>
        <message>
            <source>{path}: healthy.</source>
            <translation>{path} : en bon état.</translation>
        </message>
        <message>
            <source>{path}: {count} problem found:</source>
            <translation>{path} : {count} problème trouvé :</translation>
        </message>
        <message>
            <source>{path}: {count} problems found:</source>
            <translation>{path} : {count} problèmes trouvés :</translation>
        </message>
        <message>
            <source>{file}: the export file must end in .csv or .xlsx.</source>
            <translation>{file} : le fichier d’export doit se terminer par .csv ou .xlsx.</translation>
        </message>
        <message>
            <source>Exported {count} organisation to {path}.</source>
            <translation>{count} organisation exportée dans {path}.</translation>
        </message>
        <message>
            <source>Exported {count} organisations to {path}.</source>
            <translation>{count} organisations exportées dans {path}.</translation>
        </message>
        <message>
            <source>{file}: the file must end in .csv or .xlsx.</source>
            <translation>{file} : le fichier doit se terminer par .csv ou .xlsx.</translation>
        </message>
        <message>
            <source>There is no backup file at {path}.</source>
            <translation>Il n’y a pas de fichier de sauvegarde à {path}.</translation>
        </message>
        <message>
            <source>Restored {path} from {source}.</source>
            <translation>{path} restaurée depuis {source}.</translation>
        </message>
        <message>
            <source>stopped.</source>
            <translation>arrêté.</translation>
        </message>
        <message>
            <source>{text} is not a date in the form YYYY-MM-DD.</source>
            <translation>{text} n’est pas une date au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>SQLite found damage in the database file ({damage}); restore a recent backup (File &gt; Restore from backup…, or opn-desk restore) before making more changes.</source>
            <translation>SQLite a trouvé des dommages dans le fichier de base de données ({damage}) ; restaurez une sauvegarde récente (Fichier &gt; Restaurer une sauvegarde…, ou opn-desk restore) avant d’autres modifications.</translation>
        </message>
        <message>
            <source>None of the backups of {path} passes its check, so nothing was restored; choose a file with --from.</source>
            <translation>Aucune des sauvegardes de {path} ne passe sa vérification, donc rien n’a été restauré ; choisissez un fichier avec --from.</translation>
        </message>
        <message>
            <source>There are no backups of {path} to restore (only copies kept before a restore or set aside as damaged, restored only with --from).</source>
            <translation>Il n’y a pas de sauvegarde de {path} à restaurer (seulement des copies gardées avant une restauration ou mises de côté comme endommagées, restaurées seulement avec --from).</translation>
        </message>
        <message>
            <source>There are no backups of {path} to restore.</source>
            <translation>Il n’y a pas de sauvegarde de {path} à restaurer.</translation>
        </message>
        <message>
            <source>The previous state is kept in {path}.</source>
            <translation>L’état précédent est conservé dans {path}.</translation>
        </message>
        <message>
            <source>--call applies to imports of applications only.</source>
            <translation>--call ne s’applique qu’aux imports de candidatures.</translation>
        </message>
        <message>
            <source>; and {count} more</source>
            <translation> ; et {count} de plus</translation>
        </message>
        <message>
            <source>There is no call {call}; the calls are: {calls}.</source>
            <translation>Il n’y a pas d’appel {call} ; les appels sont : {calls}.</translation>
        </message>
        <message>
            <source>{count} problem found in {file}; nothing was written. Correct the file, or leave the rows out with --exclude-rows.</source>
            <translation>{count} problème trouvé dans {file} ; rien n’a été écrit. Corrigez le fichier, ou laissez les lignes de côté avec --exclude-rows.</translation>
        </message>
        <message>
            <source>{count} problems found in {file}; nothing was written. Correct the file, or leave the rows out with --exclude-rows.</source>
            <translation>{count} problèmes trouvés dans {file} ; rien n’a été écrit. Corrigez le fichier, ou laissez les lignes de côté avec --exclude-rows.</translation>
        </message>
        <message>
            <source>Several calls are called {call}; give the call's id instead: {ids}.</source>
            <translation>Plusieurs appels s’appellent {call} ; donnez plutôt l’identifiant de l’appel : {ids}.</translation>
        </message>
        <message>
            <source>There is no call {call}; the database has no calls yet.</source>
            <translation>Il n’y a pas d’appel {call} ; la base de données n’a encore aucun appel.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Il n’y a pas de fichier à {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>Il n’y a pas de base de données à {path}.</translation>
        </message>
        <message>
            <source>There is no mapping file at {path}.</source>
            <translation>Il n’y a pas de fichier de correspondance à {path}.</translation>
        </message>
        <message>
            <source>{file} was not imported: {reason}</source>
            <translation>{file} n’a pas été importé : {reason}</translation>
        </message>
        <message>
            <source>The mapping file cannot be used: {reason}</source>
            <translation>Le fichier de correspondance ne peut pas être utilisé : {reason}</translation>
        </message>
        <message>
            <source>{file} was not imported. {reason}</source>
            <translation>{file} n’a pas été importé. {reason}</translation>
        </message>
        <message>
            <source>, {count} warning (above)</source>
            <translation>, {count} avertissement (ci-dessus)</translation>
        </message>
        <message>
            <source>, {count} warnings (above)</source>
            <translation>, {count} avertissements (ci-dessus)</translation>
        </message>
        <message>
            <source>Checked {count} row: no problems{warnings}; nothing written (dry run).</source>
            <translation>{count} ligne vérifiée : aucun problème{warnings} ; rien n’a été écrit (essai à blanc).</translation>
        </message>
        <message>
            <source>Checked {count} rows: no problems{warnings}; nothing written (dry run).</source>
            <translation>{count} lignes vérifiées : aucun problème{warnings} ; rien n’a été écrit (essai à blanc).</translation>
        </message>
        <message>
            <source>Name the database with --db PATH.</source>
            <translation>Indiquez la base de données avec --db CHEMIN.</translation>
        </message>
        <message>
            <source>the advisory committee's meetings: list, travel support (docs/MEETINGS.md)</source>
            <translation>les réunions du comité consultatif : liste, aide aux déplacements (docs/MEETINGS.md)</translation>
        </message>
        <message>
            <source>the meetings by date: id, date, kind, title</source>
            <translation>les réunions par date : identifiant, date, type, titre</translation>
        </message>
        <message>
            <source>only this programme's meetings (e.g. SPP)</source>
            <translation>seulement les réunions de ce programme (p. ex. SPP)</translation>
        </message>
        <message>
            <source>print a JSON list</source>
            <translation>afficher une liste JSON</translation>
        </message>
        <message>
            <source>a meeting's travel requests in priority order, and the allocation</source>
            <translation>les demandes de déplacement d’une réunion par ordre de priorité, et l’attribution</translation>
        </message>
        <message>
            <source>the meeting's id, as `meetings list` prints it</source>
            <translation>l’identifiant de la réunion, tel que `meetings list` l’affiche</translation>
        </message>
        <message>
            <source>print a JSON object</source>
            <translation>afficher un objet JSON</translation>
        </message>
        <message>
            <source>No meetings yet.</source>
            <translation>Aucune réunion pour l’instant.</translation>
        </message>
        <message>
            <source>No travel requests.</source>
            <translation>Aucune demande de déplacement.</translation>
        </message>
        <message>
            <source>Name the programme with --programme CODE (for example SPP).</source>
            <translation>Indiquez le programme avec --programme CODE (par exemple SPP).</translation>
        </message>
        <message>
            <source>Name the year of the work plan with --year YYYY.</source>
            <translation>Indiquez l'année du plan de travail avec --year AAAA.</translation>
        </message>
        <message>
            <source>1 task</source>
            <translation>1 tâche</translation>
        </message>
        <message>
            <source>1 funding source</source>
            <translation>1 source de financement</translation>
        </message>
        <message>
            <source>Wrote the annual work plan {year} of {programme} ({tasks}, {sources}) to {file}</source>
            <translation>Plan de travail annuel {year} de {programme} ({tasks}, {sources}) écrit dans {file}</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 page</translation>
        </message>
        <message>
            <source>{name}: the annual work plan is written to a file ending in .pdf, .docx or .xlsx.</source>
            <translation>{name} : le plan de travail annuel s'écrit dans un fichier se terminant par .pdf, .docx ou .xlsx.</translation>
        </message>
        <message>
            <source>{year} is not a year of a work plan.</source>
            <translation>{year} n'est pas une année de plan de travail.</translation>
        </message>
        <message>
            <source>{count} tasks</source>
            <translation>{count} tâches</translation>
        </message>
        <message>
            <source>{count} funding sources</source>
            <translation>{count} sources de financement</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>{count} pages</translation>
        </message>
        <message>
            <source>--include-sensitive applies to the export of organisations only.</source>
            <translation>--include-sensitive ne s’applique qu’à l’export des organisations.</translation>
        </message>
        <message>
            <source>Exported {count} initiative to {path} (public: without inactive initiatives and the desk's notes).</source>
            <translation>{count} initiative exportée dans {path} (publique : sans les initiatives inactives ni les notes du secrétariat).</translation>
        </message>
        <message>
            <source>Exported {count} initiatives to {path} (public: without inactive initiatives and the desk's notes).</source>
            <translation>{count} initiatives exportées dans {path} (publiques : sans les initiatives inactives ni les notes du secrétariat).</translation>
        </message>
        <message>
            <source>Exported {count} initiative to {path}.</source>
            <translation>{count} initiative exportée dans {path}.</translation>
        </message>
        <message>
            <source>Exported {count} initiatives to {path}.</source>
            <translation>{count} initiatives exportées dans {path}.</translation>
        </message>
        <message>
            <source>Wrote {count} reminder draft to {path}</source>
            <translation>{count} brouillon de rappel écrit dans {path}</translation>
        </message>
        <message>
            <source>Wrote {count} reminder drafts to {path}</source>
            <translation>{count} brouillons de rappel écrits dans {path}</translation>
        </message>
        <message>
            <source>Name the reporting cycle's year with --year YYYY.</source>
            <translation>Indiquez l’année du cycle de rapports avec --year AAAA.</translation>
        </message>
        <message>
            <source>partner reporting: rates against the target, reminders (docs/REPORTING.md)</source>
            <translation>rapports des partenaires : taux par rapport à l’objectif, rappels (docs/REPORTING.md)</translation>
        </message>
        <message>
            <source>each programme's reporting rate per year, against the 75%% target</source>
            <translation>le taux de rapport de chaque programme par année, par rapport à l’objectif de 75 %%</translation>
        </message>
        <message>
            <source>only this year's cycles</source>
            <translation>seulement les cycles de cette année</translation>
        </message>
        <message>
            <source>print a JSON list instead of text</source>
            <translation>afficher une liste JSON au lieu de texte</translation>
        </message>
        <message>
            <source>one e-mail draft (.eml) per partner who has not reported</source>
            <translation>un brouillon de courriel (.eml) par partenaire qui n’a pas rapporté</translation>
        </message>
        <message>
            <source>the programme's code, e.g. SPP</source>
            <translation>le code du programme, p. ex. SPP</translation>
        </message>
        <message>
            <source>the reporting cycle's year</source>
            <translation>l’année du cycle de rapports</translation>
        </message>
        <message>
            <source>the folder the drafts go to</source>
            <translation>le dossier où vont les brouillons</translation>
        </message>
        <message>
            <source>meets the target</source>
            <translation>atteint l’objectif</translation>
        </message>
        <message>
            <source>below the target</source>
            <translation>sous l’objectif</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>No reporting cycles yet.</source>
            <translation>Aucun cycle de rapports pour l’instant.</translation>
        </message>
        <message>
            <source>Wrote the {code} {year} reporting summary to {path} ({done}).</source>
            <translation>Synthèse des rapports {code} {year} écrite dans {path} ({done}).</translation>
        </message>
        <message>
            <source>{year} is not a reporting year (2000 to 2100).</source>
            <translation>{year} n’est pas une année de rapport (2000 à 2100).</translation>
        </message>
        <message>
            <source>; {count} excused</source>
            <translation> ; {count} excusés</translation>
        </message>
        <message>
            <source>; {count} late</source>
            <translation> ; {count} en retard</translation>
        </message>
        <message>
            <source>{name} {year}: {reported} of {partners} partners reported ({rate}, target {target}: {mark}{late}{excused})</source>
            <translation>{name} {year} : {reported} partenaires sur {partners} ont rapporté ({rate}, objectif {target} : {mark}{late}{excused})</translation>
        </message>
        <message>
            <source>There is no folder {path}; create it first.</source>
            <translation>Il n’y a pas de dossier {path} ; créez-le d’abord.</translation>
        </message>
        <message>
            <source>{path} is a file; give the folder the drafts go to.</source>
            <translation>{path} est un fichier ; indiquez le dossier où vont les brouillons.</translation>
        </message>
        <message>
            <source>{file}: the cycle summary is written as .pdf or .xlsx.</source>
            <translation>{file} : la synthèse du cycle s’écrit en .pdf ou .xlsx.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the file's name.</source>
            <translation>{path} est un dossier ; donnez le nom du fichier.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>Le dossier {path} n’existe pas.</translation>
        </message>
        <message>
            <source>No reporting cycles for {year}.</source>
            <translation>Aucun cycle de rapports pour {year}.</translation>
        </message>
        <message>
            <source>{name}: no e-mail address for its focal point or representative; no draft written.</source>
            <translation>{name} : aucune adresse électronique pour son point focal ou son représentant ; aucun brouillon écrit.</translation>
        </message>
        <message>
            <source>; {count} non-reporter(s) without an e-mail address.</source>
            <translation> ; {count} partenaire(s) sans rapport et sans adresse électronique.</translation>
        </message>
        <message>
            <source>Give the PDF to write with --out FILE.pdf.</source>
            <translation>Indiquez le PDF à écrire avec --out FICHIER.pdf.</translation>
        </message>
        <message>
            <source>Name the call with --call CALL (its title or id).</source>
            <translation>Indiquez l’appel avec --call APPEL (son titre ou son identifiant).</translation>
        </message>
        <message>
            <source>Name the core-partner call with --call CALL (its id or a part of its title).</source>
            <translation>Indiquez l’appel de partenaires principaux avec --call APPEL (son identifiant ou une partie de son titre).</translation>
        </message>
        <message>
            <source>--picked is for the selection report.</source>
            <translation>--picked est réservé au rapport de sélection.</translation>
        </message>
        <message>
            <source>--edition is for the dossier.</source>
            <translation>--edition est réservé au dossier.</translation>
        </message>
        <message>
            <source>Name the application with --id ID.</source>
            <translation>Indiquez la candidature avec --id ID.</translation>
        </message>
        <message>
            <source>Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidate) to {path}: {pages}.</source>
            <translation>Dossier de renouvellement de la direction {state} (édition résumée) de {code} ({count} candidat) écrit dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidates) to {path}: {pages}.</source>
            <translation>Dossier de renouvellement de la direction {state} (édition résumée) de {code} ({count} candidats) écrit dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>Wrote the {state} leadership renewal dossier for {code} ({count} candidate) to {path}: {pages}.</source>
            <translation>Dossier de renouvellement de la direction {state} de {code} ({count} candidat) écrit dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>Wrote the {state} leadership renewal dossier for {code} ({count} candidates) to {path}: {pages}.</source>
            <translation>Dossier de renouvellement de la direction {state} de {code} ({count} candidats) écrit dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>proposed slate</source>
            <translation>liste proposée</translation>
        </message>
        <message>
            <source>hand-picked slate</source>
            <translation>liste choisie à la main</translation>
        </message>
        <message>
            <source>closest workable slate</source>
            <translation>liste réalisable la plus proche</translation>
        </message>
        <message>
            <source>no slate</source>
            <translation>aucune liste</translation>
        </message>
        <message>
            <source>{file}: the report file must end in .pdf.</source>
            <translation>{file} : le fichier du rapport doit se terminer par .pdf.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the PDF file's name.</source>
            <translation>{path} est un dossier ; donnez le nom du fichier PDF.</translation>
        </message>
        <message>
            <source>--as-of is for the roster; the dossier is always made as of today.</source>
            <translation>--as-of est réservé au tableau de composition ; le dossier est toujours établi à la date du jour.</translation>
        </message>
        <message>
            <source>Wrote the application summary for {organisation} to {path}: {pages}.</source>
            <translation>Fiche de candidature de {organisation} écrite dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>There is no programme with the code {code}. The codes are:</source>
            <translation>Il n’y a pas de programme avec le code {code}. Les codes sont :</translation>
        </message>
        <message>
            <source>{count} page</source>
            <translation>{count} page</translation>
        </message>
        <message>
            <source>Wrote the roster of {code} as of {date} ({leads} co-leads, {partners} core partners) to {path}: {pages}.</source>
            <translation>Tableau de composition de {code} au {date} ({leads} co-responsables, {partners} partenaires principaux) écrit dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>Wrote the {state} selection report for {call} ({slate}, {filled} of {seats} seats) to {path}: {pages}.</source>
            <translation>Rapport de sélection {state} de {call} ({slate}, {filled} sièges sur {seats}) écrit dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>{edition} is not an edition of the dossier: give full or summary.</source>
            <translation>{edition} n’est pas une édition du dossier : indiquez full ou summary.</translation>
        </message>
        <message>
            <source>There is no call {call}. The calls are:</source>
            <translation>Il n’y a pas d’appel {call}. Les appels sont :</translation>
        </message>
        <message>
            <source>Wrote the review pack for {call} ({count} application) to {path}: {pages}.</source>
            <translation>Dossier d’évaluation de {call} ({count} candidature) écrit dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>Wrote the review pack for {call} ({count} applications) to {path}: {pages}.</source>
            <translation>Dossier d’évaluation de {call} ({count} candidatures) écrit dans {path} : {pages}.</translation>
        </message>
        <message>
            <source>There is no application with the id {id}.</source>
            <translation>Il n’y a pas de candidature avec l’identifiant {id}.</translation>
        </message>
        <message>
            <source>{count} applications have ids starting with {id}; give more of the id.</source>
            <translation>{count} candidatures ont un identifiant commençant par {id} ; donnez davantage de l’identifiant.</translation>
        </message>
        <message>
            <source>There is no core-partner call {call}. The core-partner calls are:</source>
            <translation>Il n’y a pas d’appel de partenaires principaux {call}. Les appels de partenaires principaux sont :</translation>
        </message>
        <message>
            <source>There is no call {call}: this database has no calls yet.</source>
            <translation>Il n’y a pas d’appel {call} : cette base de données n’a encore aucun appel.</translation>
        </message>
        <message>
            <source>{count} calls are titled {call}; give the id of the one you mean:</source>
            <translation>{count} appels s’intitulent {call} ; donnez l’identifiant de celui que vous voulez :</translation>
        </message>
        <message>
            <source>There is no call {call}: this database has no core-partner calls yet.</source>
            <translation>Il n’y a pas d’appel {call} : cette base de données n’a encore aucun appel de partenaires principaux.</translation>
        </message>
        <message>
            <source>{count} core-partner calls match {call}; give more of the title, or the id of the one you mean:</source>
            <translation>{count} appels de partenaires principaux correspondent à {call} ; donnez davantage du titre, ou l’identifiant de celui que vous voulez :</translation>
        </message>
        <message>
            <source>{count} candidate in the pool</source>
            <translation>{count} candidat dans le vivier</translation>
        </message>
        <message>
            <source>{count} candidates in the pool</source>
            <translation>{count} candidats dans le vivier</translation>
        </message>
        <message>
            <source>{count} incumbent not seeking renewal</source>
            <translation>{count} titulaire ne demandant pas le renouvellement</translation>
        </message>
        <message>
            <source>{count} incumbents not seeking renewal</source>
            <translation>{count} titulaires ne demandant pas le renouvellement</translation>
        </message>
        <message>
            <source>--seats must be at least 1, not {seats}.</source>
            <translation>--seats doit valoir au moins 1, pas {seats}.</translation>
        </message>
        <message>
            <source>the team server: move a desk up to PostgreSQL and back (docs/SERVER.md)</source>
            <translation>le serveur d’équipe : transférer un secrétariat vers PostgreSQL et retour (docs/SERVER.md)</translation>
        </message>
        <message>
            <source>copy a desk's file into an empty server database, checked table by table</source>
            <translation>copier le fichier d’un secrétariat dans une base de données de serveur vide, vérifiée table par table</translation>
        </message>
        <message>
            <source>copy the desk on a server into a new file, for an offline copy</source>
            <translation>copier le secrétariat d’un serveur dans un nouveau fichier, pour une copie hors ligne</translation>
        </message>
        <message>
            <source>save a server role's password in this computer's keyring (asked for)</source>
            <translation>enregistrer le mot de passe d’un rôle du serveur dans le trousseau de cet ordinateur (demandé)</translation>
        </message>
        <message>
            <source>create or update the desk's roles on the server: officers and the Secretariat's readers (as the server's administrator)</source>
            <translation>créer ou mettre à jour les rôles du secrétariat sur le serveur : chargés de programme et lecteurs du Secrétariat (en tant qu’administrateur du serveur)</translation>
        </message>
        <message>
            <source>make a server role an officer (of some programmes, or all) or a reader</source>
            <translation>faire d’un rôle du serveur un chargé de programme (de certains programmes, ou de tous) ou un lecteur</translation>
        </message>
        <message>
            <source>the officer's own database role</source>
            <translation>le rôle de base de données propre au chargé de programme</translation>
        </message>
        <message>
            <source>a programme the officer may edit (repeat for several; none: every programme)</source>
            <translation>un programme que le chargé de programme peut modifier (à répéter pour plusieurs ; aucun : tous les programmes)</translation>
        </message>
        <message>
            <source>No password was given, so nothing was saved.</source>
            <translation>Aucun mot de passe n’a été donné, donc rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>--replace does not apply to a server; write the demo network into an empty database.</source>
            <translation>--replace ne s’applique pas à un serveur ; écrivez le réseau de démonstration dans une base de données vide.</translation>
        </message>
        <message>
            <source>Roles set up on {address}: {summary}</source>
            <translation>Rôles mis en place sur {address} : {summary}</translation>
        </message>
        <message>
            <source>Uploaded {path} to {address}: {summary}</source>
            <translation>{path} transféré vers {address} : {summary}</translation>
        </message>
        <message>
            <source>Downloaded {address} to {path}: {summary}</source>
            <translation>{address} téléchargé dans {path} : {summary}</translation>
        </message>
        <message>
            <source>The password for {address} is saved in this computer's keyring.</source>
            <translation>Le mot de passe de {address} est enregistré dans le trousseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>{option} takes a server's address (postgresql://ROLE@HOST/DATABASE), not {value}.</source>
            <translation>{option} prend l’adresse d’un serveur (postgresql://ROLE@HOTE/BASE), pas {value}.</translation>
        </message>
        <message>
            <source>{option} takes a database file here, not a server's address.</source>
            <translation>{option} prend ici un fichier de base de données, pas l’adresse d’un serveur.</translation>
        </message>
        <message>
            <source>Password for {address}: </source>
            <translation>Mot de passe pour {address} : </translation>
        </message>
        <message>
            <source>This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL password file (PGPASSFILE, ~/.pgpass) instead.</source>
            <translation>Cet ordinateur n'a pas de trousseau qu'OPN Desk puisse utiliser ({kind}) ; mettez plutôt le mot de passe dans un fichier de mots de passe PostgreSQL (PGPASSFILE, ~/.pgpass).</translation>
        </message>
        <message>
            <source>The server database at {address} already holds a desk; the demo network is written to an empty database only.</source>
            <translation>La base de données du serveur à {address} contient déjà un secrétariat ; le réseau de démonstration n’est écrit que dans une base de données vide.</translation>
        </message>
        <message>
            <source>Wrote {count} changes not yet seen by {laptop} to {path} ({size} bytes).</source>
            <translation>{count} modifications pas encore vues par {laptop} écrites dans {path} ({size} octets).</translation>
        </message>
        <message>
            <source>Wrote {count} changes to {path} ({size} bytes).</source>
            <translation>{count} modifications écrites dans {path} ({size} octets).</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>rien pour l’instant</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>No conflicts wait for a decision.</source>
            <translation>Aucun conflit n’attend de décision.</translation>
        </message>
        <message>
            <source>Give either --keep N or --value TEXT.</source>
            <translation>Donnez soit --keep N, soit --value TEXTE.</translation>
        </message>
        <message>
            <source>exchange edits with the desk's other laptops (docs/SYNC.md)</source>
            <translation>échanger les modifications avec les autres ordinateurs portables du secrétariat (docs/SYNC.md)</translation>
        </message>
        <message>
            <source>a copy of the desk for another laptop, with its own identity</source>
            <translation>une copie du secrétariat pour un autre ordinateur portable, avec sa propre identité</translation>
        </message>
        <message>
            <source>the new laptop's name, e.g. "Nairobi laptop"</source>
            <translation>le nom du nouvel ordinateur portable, p. ex. "Portable de Nairobi"</translation>
        </message>
        <message>
            <source>write what this desk knows to an exchange file</source>
            <translation>écrire ce que ce secrétariat sait dans un fichier d’échange</translation>
        </message>
        <message>
            <source>only what this laptop has not seen</source>
            <translation>seulement ce que cet ordinateur portable n’a pas vu</translation>
        </message>
        <message>
            <source>merge exchange files from other laptops (all or nothing)</source>
            <translation>fusionner les fichiers d’échange d’autres ordinateurs portables (tout ou rien)</translation>
        </message>
        <message>
            <source>this laptop, the laptops known, what each has seen, open conflicts</source>
            <translation>cet ordinateur portable, les ordinateurs connus, ce que chacun a vu, les conflits ouverts</translation>
        </message>
        <message>
            <source>the conflicts waiting for a decision</source>
            <translation>les conflits en attente d’une décision</translation>
        </message>
        <message>
            <source>decide a conflict</source>
            <translation>trancher un conflit</translation>
        </message>
        <message>
            <source>keep the Nth value as 'conflicts' lists them</source>
            <translation>garder la Nième valeur telle que 'conflicts' les liste</translation>
        </message>
        <message>
            <source>set this value instead</source>
            <translation>mettre cette valeur à la place</translation>
        </message>
        <message>
            <source>retire a lost laptop</source>
            <translation>retirer un ordinateur portable perdu</translation>
        </message>
        <message>
            <source>exchange through a folder shared with the other laptops: write this laptop's own file there, read the others'</source>
            <translation>échanger par un dossier partagé avec les autres ordinateurs portables : y écrire le fichier de cet ordinateur, lire ceux des autres</translation>
        </message>
        <message>
            <source>Wrote {path} for {name} (laptop {id}); this desk now knows it, so 'sync export --for "{name}"' works at once.</source>
            <translation>{path} écrit pour {name} (ordinateur {id}) ; ce secrétariat le connaît désormais, donc 'sync export --for "{name}"' fonctionne tout de suite.</translation>
        </message>
        <message>
            <source>(forgotten)</source>
            <translation>(oublié)</translation>
        </message>
        <message>
            <source>Open conflicts: {count}</source>
            <translation>Conflits ouverts : {count}</translation>
        </message>
        <message>
            <source>{name} is forgotten: its changes stay, and the desk no longer waits for it before pruning history.</source>
            <translation>{name} est oublié : ses modifications restent, et le secrétariat ne l’attend plus avant d’élaguer l’historique.</translation>
        </message>
        <message>
            <source>This laptop: {name}</source>
            <translation>Cet ordinateur portable : {name}</translation>
        </message>
        <message>
            <source>(has not exchanged yet)</source>
            <translation>(n’a pas encore échangé)</translation>
        </message>
        <message>
            <source>To check: {finding}</source>
            <translation>À vérifier : {finding}</translation>
        </message>
        <message>
            <source>last exchange {when}; has seen {seen}</source>
            <translation>dernier échange {when} ; a vu {seen}</translation>
        </message>
    </context>
    <context>
        <name>CommentsDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="47" />
            <source>Written comments on {item}</source>
            <translation>Commentaires écrits sur {item}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="47" />
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="53" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="54" />
            <source>Received on</source>
            <translation>Reçus le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="55" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
    </context>
    <context>
        <name>CountriesDialog</name>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="36" />
            <source>Countries and regional groups</source>
            <translation>Pays et groupes régionaux</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="40" />
            <source>Each country counts in the UN regional group shown, for every balance count, filter and report. The shipped groups are those used for elections (Türkiye and the United States in Western Europe and Others); change one only where your desk counts it otherwise.</source>
            <translation>Chaque pays compte dans le groupe régional de l’ONU indiqué, pour chaque décompte d’équilibre, filtre et rapport. Les groupes livrés sont ceux utilisés pour les élections (la Türkiye et les États-Unis dans le Groupe des États d’Europe occidentale et autres États) ; n’en changez un que là où votre secrétariat le compte autrement.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="46" />
            <source>Find a country by name or ISO code</source>
            <translation>Trouver un pays par nom ou code ISO</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="50" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="50" />
            <source>ISO3</source>
            <translation>ISO3</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="50" />
            <source>Counted in</source>
            <translation>Compté dans</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="51" />
            <source>As shipped</source>
            <translation>Tel que livré</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="51" />
            <source>LDC / LLDC / SIDS</source>
            <translation>PMA / PDSL / PEID</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="52" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/countries_dialog.py" line="91" />
            <source>Regional group of {name}</source>
            <translation>Groupe régional de {name}</translation>
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
            <translation>{group} (modifié)</translation>
        </message>
    </context>
    <context>
        <name>DecisionsBadge</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/badge.py" line="29" />
            <source>Edits made on two laptops disagree: open the list to decide which to keep.</source>
            <translation>Des modifications faites sur deux ordinateurs portables divergent : ouvrez la liste pour décider laquelle garder.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/badge.py" line="40" />
            <source>1 decision waits</source>
            <translation>1 décision en attente</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/badge.py" line="41" />
            <source>{count} decisions wait</source>
            <translation>{count} décisions en attente</translation>
        </message>
    </context>
    <context>
        <name>DecisionsDialog</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="107" />
            <source>Needs decision</source>
            <translation>Décision nécessaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="111" />
            <source>Each of these was changed on two laptops, neither having seen the other's change (or changed on one and deleted on another). Until someone decides, every laptop shows the first value. Your decision travels to the other laptops like any edit.</source>
            <translation>Chacune de ces valeurs a été modifiée sur deux ordinateurs portables, aucun n’ayant vu la modification de l’autre (ou modifiée sur l’un et supprimée sur l’autre). Tant que personne ne décide, chaque ordinateur affiche la première valeur. Votre décision se transmet aux autres ordinateurs comme toute modification.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="130" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="145" />
            <source>Open the organisation</source>
            <translation>Ouvrir l’organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="162" />
            <source>Or type the value to keep (for example, the two combined):</source>
            <translation>Ou saisissez la valeur à garder (par exemple, les deux combinées) :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="165" />
            <source>Keep the typed value</source>
            <translation>Garder la valeur saisie</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="167" />
            <source>Keep both, one after the other</source>
            <translation>Garder les deux, l’une après l’autre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="176" />
            <source>No decisions wait. Edits from the other laptops all agree.</source>
            <translation>Aucune décision en attente. Les modifications des autres ordinateurs portables concordent toutes.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="231" />
            <source>Deleted on one laptop while it was changed on another: keep it, with the changes, or delete it.</source>
            <translation>Supprimé sur un ordinateur portable alors qu’il était modifié sur un autre : le garder, avec les modifications, ou le supprimer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="234" />
            <source>{field}: {count} different values</source>
            <translation>{field} : {count} valeurs différentes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="273" />
            <source>Decide whether to keep {record}</source>
            <translation>Décider s’il faut garder {record}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="274" />
            <source>Decide {field} of {record}</source>
            <translation>Décider {field} de {record}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../opn_desk/services/demo.py" line="1440" />
            <source>The database has no countries; create a new database for the demo network.</source>
            <translation>La base de données n’a aucun pays ; créez une nouvelle base de données pour le réseau de démonstration.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../opn_desk/services/desk.py" line="100" />
            <source>This database is open read-only; changes cannot be saved.</source>
            <translation>Cette base de données est ouverte en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/desk.py" line="117" />
            <source>The record was changed elsewhere while this was being saved, so nothing was saved; reopen it to see the latest version.</source>
            <translation>L’enregistrement a été modifié ailleurs pendant cet enregistrement, donc rien n’a été enregistré ; rouvrez-le pour voir la dernière version.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/desk.py" line="138" />
            <source>There is nothing to undo.</source>
            <translation>Il n’y a rien à annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/desk.py" line="155" />
            <source>There is nothing to redo.</source>
            <translation>Il n’y a rien à rétablir.</translation>
        </message>
        <message>
            <source>Your role on the server only reads the desk, so nothing was saved; ask the desk's administrator if you should edit it.</source>
            <translation>Votre rôle sur le serveur ne fait que lire le secrétariat, donc rien n’a été enregistré ; demandez à l’administrateur du secrétariat si vous devez le modifier.</translation>
        </message>
        <message>
            <source>You may edit no programme's records; ask the desk's administrator for more.</source>
            <translation>Vous ne pouvez modifier les dossiers d’aucun programme ; demandez-en davantage à l’administrateur du secrétariat.</translation>
        </message>
        <message>
            <source>You may edit {programmes}'s records only; ask the desk's administrator for more.</source>
            <translation>Vous ne pouvez modifier que les dossiers de {programmes} ; demandez-en davantage à l’administrateur du secrétariat.</translation>
        </message>
        <message>
            <source>Your role on the server does not receive sensitive personal data (gender, SOGIESC, disability accommodation); export without it.</source>
            <translation>Votre rôle sur le serveur ne reçoit pas les données personnelles sensibles (genre, SOGIESC, aménagements liés au handicap) ; exportez sans elles.</translation>
        </message>
        <message>
            <source>This server database holds no OPN Desk desk yet; put one there first (opn-desk server upload, or open it once as its owner).</source>
            <translation>Cette base de données du serveur ne contient encore aucun secrétariat OPN Desk ; placez-en d’abord un (opn-desk server upload, ou ouvrez-la une fois en tant que propriétaire).</translation>
        </message>
        <message>
            <source>--programme applies to an officer; a reader edits nothing.</source>
            <translation>--programme s’applique à un chargé de programme ; un lecteur ne modifie rien.</translation>
        </message>
        <message>
            <source>{login} edits the records of every programme.</source>
            <translation>{login} modifie les dossiers de tous les programmes.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>the roles opn_desk_officer and opn_desk_reader may use its {tables} tables; {guarded} tables are guarded per programme ({programmes} programmes).</source>
            <translation>les rôles opn_desk_officer et opn_desk_reader peuvent utiliser ses {tables} tables ; {guarded} tables sont protégées par programme ({programmes} programmes).</translation>
        </message>
        <message>
            <source>Setting up the roles needs the server's administrator (a superuser, or the desk's owner with the right to create roles); nothing was changed.</source>
            <translation>La mise en place des rôles demande l’administrateur du serveur (un superutilisateur, ou le propriétaire du secrétariat ayant le droit de créer des rôles) ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>The desk's roles are not set up on this server yet; run 'opn-desk server roles' first.</source>
            <translation>Les rôles du secrétariat ne sont pas encore en place sur ce serveur ; lancez d’abord « opn-desk server roles ».</translation>
        </message>
        <message>
            <source>{login} reads the desk (no sensitive personal data) and edits nothing.</source>
            <translation>{login} lit le secrétariat (sans les données personnelles sensibles) et ne modifie rien.</translation>
        </message>
        <message>
            <source>{login} edits the records of {programmes} only.</source>
            <translation>{login} modifie uniquement les dossiers de {programmes}.</translation>
        </message>
        <message>
            <source>There is no role {login} on the server; create it first (CREATE ROLE {login} LOGIN), with its password.</source>
            <translation>Il n’y a pas de rôle {login} sur le serveur ; créez-le d’abord (CREATE ROLE {login} LOGIN), avec son mot de passe.</translation>
        </message>
        <message>
            <source>There is no programme {code} in this desk.</source>
            <translation>Il n’y a pas de programme {code} dans ce secrétariat.</translation>
        </message>
    </context>
    <context>
        <name>DeskApplication</name>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="167" />
            <location filename="../../opn_desk/gui/window/app.py" line="200" />
            <location filename="../../opn_desk/gui/window/app.py" line="297" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="168" />
            <location filename="../../opn_desk/gui/window/app.py" line="297" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="169" />
            <source>Only one desk can change a database at a time. Read-only, you can look things up and export, but not change anything.</source>
            <translation>Un seul poste peut modifier une base de données à la fois. En lecture seule, vous pouvez consulter et exporter, mais rien modifier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="173" />
            <source>{name} is already open in OPN Desk by {who}.</source>
            <translation>{name} est déjà ouverte dans OPN Desk par {who}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="175" />
            <location filename="../../opn_desk/gui/window/app.py" line="182" />
            <source>Open read-only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="179" />
            <source>{name} is marked as open in OPN Desk by {user} on {computer} since {since}, but OPN Desk cannot tell from here whether it still is.</source>
            <translation>{name} est marquée comme ouverte dans OPN Desk par {user} sur {computer} depuis le {since}, mais OPN Desk ne peut pas savoir d’ici si elle l’est encore.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="182" />
            <source>Take over…</source>
            <translation>Reprendre…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="183" />
            <source>If that desk has been closed (or its computer shut down or restarted), you can take the database over.</source>
            <translation>Si ce poste a été fermé (ou son ordinateur éteint ou redémarré), vous pouvez reprendre la base de données.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="192" />
            <source>OPN Desk cannot see from here whether {computer} still has it open.</source>
            <translation>OPN Desk ne peut pas voir d’ici si {computer} l’a encore ouverte.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="195" />
            <source>It was opened by an older version of OPN Desk, which this one cannot check.</source>
            <translation>Elle a été ouverte par une version plus ancienne d’OPN Desk, que celle-ci ne peut pas vérifier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="198" />
            <source>Take over {name} only if you are sure nobody is using it.</source>
            <translation>Ne reprenez {name} que si vous êtes sûr que personne ne l’utilise.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="200" />
            <source>Take over</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="201" />
            <source>The lock says it was opened by {user} on {computer} (process {pid}) since {since}. {why} If that desk is in fact still open, both would write to the database and changes could be lost.</source>
            <translation>Le verrou indique qu’elle a été ouverte par {user} sur {computer} (processus {pid}) depuis le {since}. {why} Si ce poste est en fait encore ouvert, les deux écriraient dans la base de données et des modifications pourraient être perdues.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="295" />
            <source>There is no database at {path}.</source>
            <translation>Il n’y a pas de base de données à {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="296" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="296" />
            <source>Choose another…</source>
            <translation>En choisir une autre…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="298" />
            <source>Create a new, empty database there, or choose the database you meant to open?</source>
            <translation>Créer là une nouvelle base de données vide, ou choisir la base de données que vous vouliez ouvrir ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="307" />
            <source>Open database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="308" />
            <source>OPN Desk databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données OPN Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>DeskSettings</name>
        <message>
            <location filename="../../opn_desk/services/desk_settings.py" line="62" />
            <source>A screening checklist needs at least one check; use Restore defaults to go back to the shipped list.</source>
            <translation>Une liste de vérification de présélection a besoin d’au moins une vérification ; utilisez Rétablir les valeurs par défaut pour revenir à la liste livrée.</translation>
        </message>
    </context>
    <context>
        <name>DocumentLanguage</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/document_language.py" line="53" />
            <source>The window's language</source>
            <translation>La langue de la fenêtre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/document_language.py" line="57" />
            <source>Language of the document</source>
            <translation>Langue du document</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/document_language.py" line="58" />
            <source>The language the document is printed in, whatever the window's: a French desk may print an English dossier for the Board.</source>
            <translation>La langue dans laquelle le document est imprimé, quelle que soit celle de la fenêtre : un secrétariat francophone peut imprimer un dossier en anglais pour le Conseil.</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../opn_desk/services/work_plan_documents.py" line="49" />
            <source>{year} is not a year of a work plan.</source>
            <translation>{year} n'est pas une année de plan de travail.</translation>
        </message>
        <message>
            <source>Reading the call's applications…</source>
            <translation>Lecture des candidatures de l’appel…</translation>
        </message>
        <message>
            <source>Reading the application…</source>
            <translation>Lecture de la candidature…</translation>
        </message>
        <message>
            <source>Reading the renewal process…</source>
            <translation>Lecture du processus de renouvellement…</translation>
        </message>
        <message>
            <source>Reading the composition…</source>
            <translation>Lecture de la composition…</translation>
        </message>
        <message>
            <source>Writing the roster…</source>
            <translation>Écriture de la liste des membres…</translation>
        </message>
        <message>
            <source>Reading the round and finding its slate…</source>
            <translation>Lecture du tour et recherche de sa liste…</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <source>Writing the dossier ({count} candidates)…</source>
            <translation>Écriture du dossier ({count} candidats)…</translation>
        </message>
        <message>
            <source>{path} is a folder; give the PDF file's name.</source>
            <translation>{path} est un dossier ; donnez le nom du fichier PDF.</translation>
        </message>
        <message>
            <source>Reading the meeting…</source>
            <translation>Lecture de la réunion…</translation>
        </message>
        <message>
            <source>Reading the work plan…</source>
            <translation>Lecture du plan de travail…</translation>
        </message>
        <message>
            <source>{name}: the annual work plan is written to a file ending in .pdf, .docx or .xlsx.</source>
            <translation>{name} : le plan de travail annuel s'écrit dans un fichier se terminant par .pdf, .docx ou .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <location filename="../../opn_desk/services/due.py" line="182" />
            <source>The number of days cannot be negative.</source>
            <translation>Le nombre de jours ne peut pas être négatif.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/due.py" line="184" />
            <source>At least one reviewer is needed per application.</source>
            <translation>Il faut au moins un évaluateur par candidature.</translation>
        </message>
    </context>
    <context>
        <name>DueDiligenceDialog</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="16" />
            <source>Due diligence: {title}</source>
            <translation>Diligence raisonnable : {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="16" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="28" />
            <source>The reasons, as the letter will give them</source>
            <translation>Les raisons, telles que la lettre les donnera</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="31" />
            <source>(not decided yet)</source>
            <translation>(pas encore décidé)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="32" />
            <source>Include (may use the programme's logo)</source>
            <translation>Inclure (peut utiliser le logo du programme)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="33" />
            <source>Decline (closed)</source>
            <translation>Refuser (clôturée)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="38" />
            <source>Only an initiative in due diligence can be decided.</source>
            <translation>Seule une initiative en diligence raisonnable peut être décidée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="40" />
            <source>The decision letter</source>
            <translation>La lettre de décision</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="43" />
            <source>Checklist</source>
            <translation>Liste de vérification</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="44" />
            <source>Reasons</source>
            <translation>Raisons</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="45" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="46" />
            <source>Letter</source>
            <translation>Lettre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/due_diligence.py" line="47" />
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
    </context>
    <context>
        <name>DueList</name>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="70" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="72" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="76" />
            <source>Waiting means more than</source>
            <translation>L’attente signifie plus de</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="79" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="83" />
            <source>An open application not moved for longer than this is listed as waiting too long</source>
            <translation>Une candidature ouverte qui n’a pas bougé depuis plus longtemps est listée comme en attente depuis trop longtemps</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="101" />
            <source>Double-click or press Enter to open</source>
            <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="102" />
            <source>Due list</source>
            <translation>Échéances</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="103" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="103" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="103" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="112" />
            <source>Waiting more than {days} days in a state ({count})</source>
            <translation>En attente depuis plus de {days} jours dans un état ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="114" />
            <source>Reviews missing ({count})</source>
            <translation>Évaluations manquantes ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="115" />
            <source>Terms ended or ending within 90 days ({count})</source>
            <translation>Mandats terminés ou se terminant dans les 90 jours ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="116" />
            <source>Action items of meetings due within 14 days or late ({count})</source>
            <translation>Actions des réunions à échéance dans les 14 jours ou en retard ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="122" />
            <source>{n} days overdue</source>
            <translation>{n} jours de retard</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="123" />
            <source>in {n} days</source>
            <translation>dans {n} jours</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="123" />
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="124" />
            <source>{n} days</source>
            <translation>{n} jours</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="135" />
            <source>Waiting time in the due list: {n} days</source>
            <translation>Temps d’attente dans les échéances : {n} jours</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="178" />
            <source>Nothing is due: no application is waiting too long, no review is missing and no term ends within 90 days.</source>
            <translation>Rien n’est dû : aucune candidature n’attend trop longtemps, aucune évaluation ne manque et aucun mandat ne se termine dans les 90 jours.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="181" />
            <source>More than {count} things need the desk's attention; the longest waits and the nearest terms are listed first. Double-click one to open it.</source>
            <translation>Plus de {count} éléments demandent l’attention du secrétariat ; les plus longues attentes et les mandats les plus proches sont listés en premier. Double-cliquez sur l’un pour l’ouvrir.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="185" />
            <source>{count} things need the desk's attention. Double-click one to open it.</source>
            <translation>{count} éléments demandent l’attention du secrétariat. Double-cliquez sur l’un pour l’ouvrir.</translation>
        </message>
    </context>
    <context>
        <name>DueListDock</name>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="253" />
            <source>Show or hide the list of what is due</source>
            <translation>Afficher ou masquer la liste des échéances</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="263" />
            <source>Close the due list (Applications › Due list brings it back)</source>
            <translation>Fermer les échéances (Candidatures › Échéances les rouvre)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="304" />
            <source>Due ({count})</source>
            <translation>Échéances ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/applications/due_list.py" line="305" />
            <location filename="../../opn_desk/gui/applications/due_list.py" line="318" />
            <source>Due</source>
            <translation>Échéances</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <location filename="../../opn_desk/services/duplicates.py" line="528" />
            <location filename="../../opn_desk/services/duplicates.py" line="569" />
            <location filename="../../opn_desk/services/duplicates.py" line="654" />
            <source>That organisation no longer exists (it may have been deleted or undone).</source>
            <translation>Cette organisation n’existe plus (elle a peut-être été supprimée ou annulée).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/duplicates.py" line="650" />
            <source>An organisation cannot be merged into itself.</source>
            <translation>Une organisation ne peut pas être fusionnée avec elle-même.</translation>
        </message>
    </context>
    <context>
        <name>EndMembershipDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="188" />
            <source>End membership</source>
            <translation>Mettre fin à l’adhésion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="190" />
            <source>End the {what} membership. It stays in the history, greyed.</source>
            <translation>Mettre fin à l’adhésion {what}. Elle reste dans l’historique, grisée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="198" />
            <source>e.g. withdrew, term completed, merged</source>
            <translation>p. ex. retrait, mandat achevé, fusion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="199" />
            <source>&amp;Ends on</source>
            <translation>&amp;Se termine le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="200" />
            <source>&amp;Reason</source>
            <translation>&amp;Raison</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="65" />
            <source>Exchange with other laptops</source>
            <translation>Échanger avec d’autres ordinateurs portables</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="79" />
            <source>Every laptop holds the whole desk. Send what this laptop knows to the others and read what they send, by USB stick, e-mail or a shared folder; edits merge and nothing is lost.</source>
            <translation>Chaque ordinateur portable contient tout le secrétariat. Envoyez aux autres ce que cet ordinateur sait et lisez ce qu’ils envoient, par clé USB, courriel ou dossier partagé ; les modifications fusionnent et rien n’est perdu.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="83" />
            <source>Laptop</source>
            <translation>Ordinateur portable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="83" />
            <source>Last exchange</source>
            <translation>Dernier échange</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="84" />
            <source>Changes made on this laptop</source>
            <translation>Modifications faites sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="95" />
            <source>Set up another laptop…</source>
            <translation>Préparer un autre ordinateur…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="97" />
            <source>Make a copy of the desk for a colleague's laptop, with its own identity (as 'opn-desk sync clone').</source>
            <translation>Faire une copie du bureau pour l’ordinateur d’un collègue, avec sa propre identité (comme 'opn-desk sync clone').</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="103" />
            <source>Exchange files (USB stick, e-mail)</source>
            <translation>Fichiers d’échange (clé USB, courriel)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="106" />
            <source>Write an exchange file…</source>
            <translation>Écrire un fichier d’échange…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="108" />
            <source>Read exchange files…</source>
            <translation>Lire des fichiers d’échange…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="110" />
            <source>Write:</source>
            <translation>Écrire :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="113" />
            <source>Read:</source>
            <translation>Lire :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="114" />
            <source>One or several files from the other laptops; all are merged, or none.</source>
            <translation>Un ou plusieurs fichiers des autres ordinateurs ; tous sont fusionnés, ou aucun.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="120" />
            <source>Shared folder (OneDrive, Dropbox, a network drive)</source>
            <translation>Dossier partagé (OneDrive, Dropbox, un lecteur réseau)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="124" />
            <source>No folder chosen yet</source>
            <translation>Aucun dossier choisi pour l’instant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="125" />
            <source>Choose folder…</source>
            <translation>Choisir le dossier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="127" />
            <source>Exchange now</source>
            <translation>Échanger maintenant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="166" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="194" />
            <source>This laptop: {name}</source>
            <translation>Cet ordinateur portable : {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="196" />
            <source>1 decision waits…</source>
            <translation>1 décision en attente…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="197" />
            <source>{count} decisions wait…</source>
            <translation>{count} décisions en attente…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="132" />
            <source>Read now</source>
            <translation>Lire maintenant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="133" />
            <source>Merge the other laptops' new files from the folder (backup first).</source>
            <translation>Fusionner les nouveaux fichiers des autres ordinateurs présents dans le dossier (sauvegarde d’abord).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="137" />
            <source>Write my file</source>
            <translation>Écrire mon fichier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="138" />
            <source>Rewrite this laptop's own file in the folder with everything it knows, so the others can read your changes.</source>
            <translation>Réécrire le fichier de cet ordinateur dans le dossier avec tout ce qu’il connaît, pour que les autres puissent lire vos modifications.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="141" />
            <source>Write my file into the folder when OPN Desk closes</source>
            <translation>Écrire mon fichier dans le dossier à la fermeture d’OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="153" />
            <source>This laptop writes only its own file into the folder and reads the other laptops' files there; new files are noticed while OPN Desk is open and read when you choose. The database itself stays outside the shared folder.</source>
            <translation>Cet ordinateur n’écrit que son propre fichier dans le dossier et y lit les fichiers des autres ordinateurs ; les nouveaux fichiers sont repérés tant qu’OPN Desk est ouvert et lus quand vous le décidez. La base de données elle-même reste hors du dossier partagé.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="207" />
            <source>No other laptop yet. Set up another laptop to give a colleague a copy of the desk, or read an exchange file from one.</source>
            <translation>Aucun autre ordinateur pour l’instant. Préparez un autre ordinateur pour donner à un collègue une copie du bureau, ou lisez un fichier d’échange venant de l’un d’eux.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="212" />
            <source> (forgotten)</source>
            <translation> (oublié)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="213" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="216" />
            <source>has seen all of them</source>
            <translation>les a toutes vues</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="218" />
            <source>has seen none of them yet ({count} to send)</source>
            <translation>n’en a encore vu aucune ({count} à envoyer)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="220" />
            <source>has not seen the last {count}</source>
            <translation>n’a pas vu les {count} dernières</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="222" />
            <source>{laptop}: up to change {number}</source>
            <translation>{laptop} : jusqu’à la modification {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="223" />
            <source>nothing yet</source>
            <translation>rien pour l’instant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="226" />
            <source>What {laptop} has seen: {seen}</source>
            <translation>Ce que {laptop} a vu : {seen}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="230" />
            <source>Everything this laptop knows</source>
            <translation>Tout ce que sait cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="233" />
            <source>Only what {name} has not seen</source>
            <translation>Seulement ce que {name} n’a pas vu</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="251" />
            <source>Nothing new from the other laptops in the folder.</source>
            <translation>Rien de nouveau des autres ordinateurs dans le dossier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="257" />
            <source>This laptop has not written its file into the folder yet.</source>
            <translation>Cet ordinateur n’a pas encore écrit son fichier dans le dossier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="259" />
            <source>Your file in the folder ({name}) lacks 1 change made on this laptop.</source>
            <translation>Votre fichier dans le dossier ({name}) n’a pas 1 modification faite sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="262" />
            <source>Your file in the folder ({name}) lacks {count} changes made on this laptop.</source>
            <translation>Votre fichier dans le dossier ({name}) n’a pas {count} modifications faites sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="265" />
            <source>Your file in the folder ({name}) holds all your changes.</source>
            <translation>Votre fichier dans le dossier ({name}) contient toutes vos modifications.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="280" />
            <source>Made {path} for {laptop}. Give it to your colleague on a USB stick; the first laptop to open it becomes {laptop}.</source>
            <translation>{path} a été créé pour {laptop}. Remettez-le à votre collègue sur une clé USB ; le premier ordinateur qui l’ouvre devient {laptop}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="296" />
            <source>Write an exchange file</source>
            <translation>Écrire un fichier d’échange</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="298" />
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="325" />
            <source>Exchange files (*.opnsync)</source>
            <translation>Fichiers d’échange (*.opnsync)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="311" />
            <source>Wrote {count} changes not yet seen by {laptop} to {path}.</source>
            <translation>{count} modifications pas encore vues par {laptop} écrites dans {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="314" />
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="389" />
            <source>Wrote {count} changes to {path}.</source>
            <translation>{count} modifications écrites dans {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="318" />
            <source>Writing an exchange file</source>
            <translation>Écriture d’un fichier d’échange</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="324" />
            <source>Read exchange files</source>
            <translation>Lire des fichiers d’échange</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="332" />
            <source>Reading exchange files</source>
            <translation>Lecture des fichiers d’échange</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="345" />
            <source>Choose the folder you share with your colleagues</source>
            <translation>Choisissez le dossier que vous partagez avec vos collègues</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="369" />
            <source>Exchanging through the shared folder</source>
            <translation>Échange par le dossier partagé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="378" />
            <source>Reading the shared folder</source>
            <translation>Lecture du dossier partagé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/dialog.py" line="393" />
            <source>Writing this laptop's file into the shared folder</source>
            <translation>Écriture du fichier de cet ordinateur dans le dossier partagé</translation>
        </message>
    </context>
    <context>
        <name>ExcuseDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="113" />
            <source>Excuse from reporting</source>
            <translation>Dispense de rapport</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="113" />
            <source>Excuse</source>
            <translation>Dispenser</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="115" />
            <source>Why the partner is excused this year</source>
            <translation>Pourquoi le partenaire est dispensé cette année</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="116" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="117" />
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="239" />
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="263" />
            <source>Export organisations</source>
            <translation>Exporter les organisations</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="244" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="246" />
            <source>Ending the name in .xlsx writes an Excel workbook; .csv writes a CSV file.</source>
            <translation>Un nom se terminant par .xlsx écrit un classeur Excel ; .csv écrit un fichier CSV.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="249" />
            <source>Include sensitive personal data (representatives' gender)</source>
            <translation>Inclure les données personnelles sensibles (genre des représentants)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="257" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="264" />
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="273" />
            <source>The file name must end in .csv or .xlsx.</source>
            <translation>Le nom du fichier doit se terminer par .csv ou .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>FocalPointDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="127" />
            <source>Reporting focal point of {name}</source>
            <translation>Point focal pour les rapports de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="128" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="131" />
            <source>(none: the representative of its role)</source>
            <translation>(aucun : le représentant de son rôle)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="148" />
            <source>nobody with an e-mail address</source>
            <translation>personne avec une adresse électronique</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="149" />
            <source>Reminders go to today</source>
            <translation>Les relances vont aujourd’hui à</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="150" />
            <source>Focal point</source>
            <translation>Point focal</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="151" />
            <source>Language of the reminders</source>
            <translation>Langue des relances</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="152" />
            <source>Alternates (in copy)</source>
            <translation>Suppléants (en copie)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="154" />
            <source>No people are recorded for this organisation.</source>
            <translation>Aucune personne n’est enregistrée pour cette organisation.</translation>
        </message>
    </context>
    <context>
        <name>GuestDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="186" />
            <source>Add a guest</source>
            <translation>Ajouter un invité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="186" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="189" />
            <source>A person, or an organisation not in the registry</source>
            <translation>Une personne, ou une organisation absente du registre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="191" />
            <source>An organisation of the registry is invited like the partners: its participation counts in its partnership health. Otherwise type the guest's name.</source>
            <translation>Une organisation du registre est invitée comme les partenaires : sa participation compte dans la santé de son partenariat. Sinon, saisissez le nom de l’invité.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="195" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="196" />
            <source>Or name</source>
            <translation>Ou nom</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="197" />
            <source>Affiliation</source>
            <translation>Affiliation</translation>
        </message>
    </context>
    <context>
        <name>HealthTab</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="38" />
            <source>Every level</source>
            <translation>Tous les niveaux</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="38" />
            <source>Health of the partnership</source>
            <translation>Santé du partenariat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="40" />
            <source>Only those whose health dropped</source>
            <translation>Seulement ceux dont la santé a baissé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="41" />
            <source>Search partners</source>
            <translation>Rechercher des partenaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="48" />
            <source>Every partner holding a role today, in any programme. Signals: reported in the last cycle of each of its programmes, MAC participation (once meetings are recorded), its initiatives kept up to date, a co-lead's renewal commitments, and the desk's latest self-assessment. The health dropped when the latest point of its trend is below the one before.</source>
            <translation>Chaque partenaire ayant un rôle aujourd’hui, dans n’importe quel programme. Signaux : a rapporté lors du dernier cycle de chacun de ses programmes, participation au MAC (une fois les réunions enregistrées), ses initiatives tenues à jour, les engagements de renouvellement d’un co-responsable, et la dernière auto-évaluation du secrétariat. La santé a baissé lorsque le dernier point de sa tendance est inférieur au précédent.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="52" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="52" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="52" />
            <source>Health</source>
            <translation>Santé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="52" />
            <source>Dropped</source>
            <translation>En baisse</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="53" />
            <source>Reported</source>
            <translation>A rapporté</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="53" />
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="53" />
            <source>Initiatives</source>
            <translation>Initiatives</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="54" />
            <source>Commitments</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="54" />
            <source>Self-assessment</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="54" />
            <source>Trend</source>
            <translation>Tendance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="57" />
            <source>No partner matches.</source>
            <translation>Aucun partenaire ne correspond.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="59" />
            <source>Record a self-assessment…</source>
            <translation>Enregistrer une auto-évaluation…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="61" />
            <source>Open the organisation</source>
            <translation>Ouvrir l’organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="99" />
            <source>dropped</source>
            <translation>en baisse</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="112" />
            <source>{shown} of {total} partners; health dropped for {dropped}</source>
            <translation>{shown} sur {total} partenaires ; santé en baisse pour {dropped}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/health.py" line="138" />
            <source>Record the self-assessment of {name}</source>
            <translation>Enregistrer l’auto-évaluation de {name}</translation>
        </message>
    </context>
    <context>
        <name>IncumbentsDialog</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="25" />
            <source>Incumbent co-leads of {code}</source>
            <translation>Co-responsables titulaires de {code}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="28" />
            <source>The co-leads in office today. Those seeking renewal are candidates on the same criteria as the applicants; one that also applied is its application.</source>
            <translation>Les co-responsables en fonction aujourd’hui. Ceux qui demandent le renouvellement sont candidats selon les mêmes critères que les candidats ; celui qui a aussi présenté une candidature est représenté par celle-ci.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30" />
            <source>Term ends</source>
            <translation>Fin du mandat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30" />
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="35" />
            <source>Seeks renewal</source>
            <translation>Demande le renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="31" />
            <source>Applied to the call</source>
            <translation>A répondu à l’appel</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="31" />
            <source>Commitment offered</source>
            <translation>Engagement proposé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="36" />
            <source>Does not seek renewal</source>
            <translation>Ne demande pas le renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="37" />
            <source>Commitment…</source>
            <translation>Engagement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51" />
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="55" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51" />
            <source>Not said yet</source>
            <translation>Pas encore dit</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="55" />
            <source>Yes: its application is the candidate</source>
            <translation>Oui : sa candidature est le candidat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="80" />
            <source>{name} seeks renewal</source>
            <translation>{name} demande le renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="80" />
            <source>{name} does not seek renewal</source>
            <translation>{name} ne demande pas le renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="91" />
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="97" />
            <source>Commitment of {name}</source>
            <translation>Engagement de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="91" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/incumbents.py" line="92" />
            <source>What does {name} commit for a new term (staff, funds, in kind)?</source>
            <translation>Quel engagement {name} prend-il pour un nouveau mandat (personnel, fonds, en nature) ?</translation>
        </message>
    </context>
    <context>
        <name>InitiativeDialog</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="45" />
            <source>Edit the initiative</source>
            <translation>Modifier l’initiative</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="45" />
            <source>New initiative</source>
            <translation>Nouvelle initiative</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="46" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="46" />
            <source>Create the initiative</source>
            <translation>Créer l’initiative</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="60" />
            <source>A core initiative is run jointly by two or more partners, the lead included; an affiliated one passes the desk's due diligence.</source>
            <translation>Une initiative principale est menée conjointement par deux partenaires ou plus, le chef de file compris ; une initiative affiliée passe la diligence raisonnable du secrétariat.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="70" />
            <source>Add a partner: type part of its name</source>
            <translation>Ajouter un partenaire : saisissez une partie de son nom</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="72" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="95" />
            <source>Every initiative serves SDG 12.</source>
            <translation>Chaque initiative sert l’ODD 12.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="108" />
            <source>Country codes (ISO3), e.g. KEN; PER</source>
            <translation>Codes de pays (ISO3), p. ex. KEN; PER</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="115" />
            <source>Letter of intent, MoU, pooled fund…</source>
            <translation>Lettre d’intention, protocole d’accord, fonds commun…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="122" />
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="125" />
            <source>The desk's own notes: never in a public export.</source>
            <translation>Les notes du secrétariat : jamais dans un export public.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="127" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="128" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="129" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="130" />
            <source>Lead organisation</source>
            <translation>Organisation chef de file</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="131" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="132" />
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="133" />
            <source>Work-stream</source>
            <translation>Axe de travail</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="134" />
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="135" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="136" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="137" />
            <source>Targets</source>
            <translation>Cibles</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="138" />
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="139" />
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="140" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="141" />
            <source>Desk notes</source>
            <translation>Notes du secrétariat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="175" />
            <source>An initiative serves SDG 12 and at most five other SDGs; {count} are ticked: untick {extra}.</source>
            <translation>Une initiative sert l’ODD 12 et au plus cinq autres ODD ; {count} sont cochés : décochez-en {extra}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="179" />
            <source>SDG 12 and at most five other SDGs: {count} of 5 chosen.</source>
            <translation>L’ODD 12 et au plus cinq autres ODD : {count} sur 5 choisis.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/editor.py" line="191" />
            <source>{text!r} is not a date; write it as YYYY-MM-DD.</source>
            <translation>{text!r} n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <location filename="../../opn_desk/services/intake.py" line="37" />
            <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
            <translation>{name} fait {size:.1f} Mo ; les pièces jointes font au plus {limit} Mo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/intake.py" line="77" />
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} n’a pas pu être lu : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>IntakeImport</name>
        <message>
            <location filename="../../opn_desk/services/intake_import.py" line="396" />
            <source>That call no longer exists.</source>
            <translation>Cet appel n’existe plus.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../opn_desk/gui/core/labels.py" line="123" />
            <source>1 organisation</source>
            <translation>1 organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/core/labels.py" line="124" />
            <source>{count} organisations</source>
            <translation>{count} organisations</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../opn_desk/gui/window/preferences_dialog.py" line="68" />
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/preferences_dialog.py" line="95" />
            <source>Dialogs and pages opened from now on use the new language. Open the desk again now so that the menus and the pages already open change too?</source>
            <translation>Les dialogues et pages ouverts à partir de maintenant utilisent la nouvelle langue. Rouvrir la fenêtre maintenant pour que les menus et les pages déjà ouvertes changent aussi ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/preferences_dialog.py" line="98" />
            <source>Open again now</source>
            <translation>Rouvrir maintenant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/preferences_dialog.py" line="99" />
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
    </context>
    <context>
        <name>LeadCriteriaDialog</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="27" />
            <source>Lead criteria: {title}</source>
            <translation>Critères de direction : {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="31" />
            <source>The criteria the candidates are scored on: those of the process's co-lead call. Defaults: a full-time staff member committed to the coordination desk, a financial or in-kind contribution, regional and stakeholder representation, expertise in the programme's work-streams, and a track record in the network.</source>
            <translation>Les critères sur lesquels les candidats sont notés : ceux de l’appel de co-responsables du processus. Par défaut : un membre du personnel à plein temps affecté au secrétariat de coordination, une contribution financière ou en nature, la représentation régionale et des parties prenantes, l’expertise dans les axes de travail du programme, et l’expérience dans le réseau.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="35" />
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="35" />
            <source>Weight</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="35" />
            <source>Scores given</source>
            <translation>Notes données</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="36" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="40" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="41" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="42" />
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="109" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="94" />
            <source>Add the lead criterion {name}</source>
            <translation>Ajouter le critère de direction {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="95" />
            <source>Edit the lead criterion {name}</source>
            <translation>Modifier le critère de direction {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="108" />
            <source>Remove the criterion {name}?</source>
            <translation>Retirer le critère {name} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="109" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/criteria.py" line="110" />
            <source>Remove the lead criterion {name}</source>
            <translation>Retirer le critère de direction {name}</translation>
        </message>
    </context>
    <context>
        <name>LeadershipPage</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="91" />
            <source>Leadership</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="94" />
            <source>The programme whose leadership is shown</source>
            <translation>Le programme dont la direction est affichée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="98" />
            <source>The programme's renewal processes, newest first</source>
            <translation>Les processus de renouvellement du programme, du plus récent au plus ancien</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="100" />
            <source>New renewal process…</source>
            <translation>Nouveau processus de renouvellement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="103" />
            <source>Dossier…</source>
            <translation>Dossier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="104" />
            <source>The leadership renewal dossier of the programme's latest process, for the MAC and the Board</source>
            <translation>Le dossier de renouvellement de la direction du dernier processus du programme, pour le MAC et le Conseil</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="108" />
            <source>Draft dossier (DRAFT watermark)…</source>
            <translation>Dossier provisoire (filigrane PROJET)…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="109" />
            <source>Final dossier…</source>
            <translation>Dossier définitif…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="111" />
            <source>Summary for the Board, draft…</source>
            <translation>Résumé pour le Conseil, provisoire…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="112" />
            <source>Summary for the Board, final…</source>
            <translation>Résumé pour le Conseil, définitif…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="114" />
            <source>Roster…</source>
            <translation>Liste des membres…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="115" />
            <source>The co-leads and core partners in office on the date chosen under Terms of office</source>
            <translation>Les co-responsables et partenaires principaux en fonction à la date choisie sous Mandats</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="127" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="131" />
            <source>Change call…</source>
            <translation>Changer d’appel…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="155" />
            <source>Terms of office</source>
            <translation>Mandats</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="156" />
            <source>Renewal steps</source>
            <translation>Étapes du renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="157" />
            <source>Checklist and succession</source>
            <translation>Liste de vérification et succession</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="158" />
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="268" />
            <source>{title} (opened {day})</source>
            <translation>{title} (ouvert le {day})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="278" />
            <source>{programme} has no leadership renewal process yet. Open one with New renewal process… once the leads and the Secretariat agree on the need.</source>
            <translation>{programme} n’a pas encore de processus de renouvellement de la direction. Ouvrez-en un avec Nouveau processus de renouvellement… une fois que les responsables et le Secrétariat sont d’accord sur le besoin.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="281" />
            <source>{programme} has no leadership renewal process.</source>
            <translation>{programme} n’a pas de processus de renouvellement de la direction.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="283" />
            <source>No renewal process for {code} yet.</source>
            <translation>Pas encore de processus de renouvellement pour {code}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="298" />
            <source>step {n} of 4: {title}</source>
            <translation>étape {n} sur 4 : {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="299" />
            <source>all four steps done</source>
            <translation>les quatre étapes sont faites</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="300" />
            <source>call: {title} ({start} to {end})</source>
            <translation>appel : {title} (du {start} au {end})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="303" />
            <source>no co-lead call linked yet</source>
            <translation>aucun appel de co-responsables lié pour l’instant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="305" />
            <source> (an earlier process: the dossier is of the latest)</source>
            <translation> (un processus antérieur : le dossier est celui du plus récent)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="306" />
            <source>{title}{older} · opened {day} · {call} · now at {where}</source>
            <translation>{title}{older} · ouvert le {day} · {call} · en est à {where}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="316" />
            <source>A former programme has no new renewal process.</source>
            <translation>Un ancien programme n’a pas de nouveau processus de renouvellement.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="317" />
            <source>Finish the four steps of the current process first.</source>
            <translation>Terminez d’abord les quatre étapes du processus en cours.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="346" />
            <source>Open the renewal process {title}</source>
            <translation>Ouvrir le processus de renouvellement {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="362" />
            <source>Link the renewal to its co-lead call</source>
            <translation>Lier le renouvellement à son appel de co-responsables</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="401" />
            <source>final</source>
            <translation>définitif</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="401" />
            <source>draft</source>
            <translation>provisoire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="403" />
            <source>{code} leadership renewal summary ({kind})</source>
            <translation>Résumé du renouvellement de la direction de {code} ({kind})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="406" />
            <source>{code} leadership renewal dossier ({kind})</source>
            <translation>Dossier de renouvellement de la direction de {code} ({kind})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="417" />
            <source>{code} roster as of {day}</source>
            <translation>Liste des membres de {code} au {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/page.py" line="426" />
            <source>Built {title}: {pages} pages</source>
            <translation>{title} construit : {pages} pages</translation>
        </message>
    </context>
    <context>
        <name>LetterheadsDialog</name>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="28" />
            <source>Programme letterheads</source>
            <translation>En-têtes des programmes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="33" />
            <source>Printed at the top of letters, review packs, dossiers and rosters: up to four lines, the first in bold. Leave it empty to print "One Planet network — &lt;programme&gt;".</source>
            <translation>Imprimé en haut des lettres, dossiers d’évaluation, dossiers et listes des membres : jusqu’à quatre lignes, la première en gras. Laissez vide pour imprimer "One Planet network — &lt;programme&gt;".</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="47" />
            <source>&amp;Programme</source>
            <translation>&amp;Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="48" />
            <source>&amp;Letterhead</source>
            <translation>&amp;En-tête</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="82" />
            <source>One Planet network — {programme}</source>
            <translation>One Planet network — {programme}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="109" />
            <source>Set the letterhead of {codes}</source>
            <translation>Définir l’en-tête de {codes}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="107" />
            <source>Creating a new database at {path}…</source>
            <translation>Création d’une nouvelle base de données dans {path}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="160" />
            <source>This database is open in OPN Desk by {who}, so it is open here read-only: you can look things up but not change them.</source>
            <translation>Cette base de données est ouverte dans OPN Desk par {who} ; elle est donc ouverte ici en lecture seule : vous pouvez consulter mais pas modifier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="167" />
            <source>OPN Desk created a new, empty database at {path}. To work on another one, use File › Open database.</source>
            <translation>OPN Desk a créé une nouvelle base de données vide dans {path}. Pour travailler sur une autre, utilisez Fichier › Ouvrir une base de données.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="37" />
            <source>OPN Desk could not check {name} for damage: {reason}</source>
            <translation>OPN Desk n’a pas pu vérifier si {name} est endommagée : {reason}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="45" />
            <source>damage it could not describe</source>
            <translation>un dommage qu’il n’a pas pu décrire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="50" />
            <source> (and {count} more)</source>
            <translation> (et {count} de plus)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="51" />
            <source>This database is damaged (SQLite reports: {damage}). It is open read-only, so nothing more is written into it.</source>
            <translation>Cette base de données est endommagée (SQLite signale : {damage}). Elle est ouverte en lecture seule, donc plus rien n’y est écrit.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="55" />
            <source>Restore the newest good backup to go on working.</source>
            <translation>Restaurez la sauvegarde saine la plus récente pour continuer à travailler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="57" />
            <source>Only the desk that has it open ({who}) can restore a backup.</source>
            <translation>Seul le poste qui l’a ouverte ({who}) peut restaurer une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="60" />
            <source>To restore a backup, open it without --read-only.</source>
            <translation>Pour restaurer une sauvegarde, ouvrez-la sans --read-only.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/damage_banner.py" line="77" />
            <source>Restore the newest good backup…</source>
            <translation>Restaurer la sauvegarde saine la plus récente…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="303" />
            <source>{name} (read-only) — OPN Desk</source>
            <translation>{name} (lecture seule) — OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="304" />
            <source>{name} — OPN Desk</source>
            <translation>{name} — OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="319" />
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="348" />
            <source>Not built yet</source>
            <translation>Pas encore disponible</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="377" />
            <source>&amp;New database…</source>
            <translation>&amp;Nouvelle base de données…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="378" />
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="380" />
            <source>New &amp;demo database…</source>
            <translation>Nouvelle base de &amp;démonstration…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="381" />
            <source>&amp;Connect to a server…</source>
            <translation>Se &amp;connecter à un serveur…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="382" />
            <source>&amp;Backup now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="383" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="384" />
            <source>&amp;Export organisations…</source>
            <translation>&amp;Exporter les organisations…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="385" />
            <source>E&amp;xchange with other laptops…</source>
            <translation>É&amp;changer avec d’autres ordinateurs portables…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="387" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="389" />
            <location filename="../../opn_desk/gui/window/main_window.py" line="471" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="390" />
            <location filename="../../opn_desk/gui/window/main_window.py" line="472" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="391" />
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="392" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="394" />
            <source>&amp;New organisation</source>
            <translation>&amp;Nouvelle organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="396" />
            <source>&amp;Save organisation</source>
            <translation>&amp;Enregistrer l’organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="398" />
            <source>&amp;Delete organisation…</source>
            <translation>&amp;Supprimer l’organisation…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="400" />
            <source>Countries and &amp;regional groups…</source>
            <translation>Pays et groupes &amp;régionaux…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="401" />
            <source>&amp;User guide</source>
            <translation>&amp;Guide de l’utilisateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="403" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="404" />
            <source>&amp;About OPN Desk</source>
            <translation>À &amp;propos d’OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="409" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="413" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="423" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="430" />
            <source>&amp;Organisations</source>
            <translation>&amp;Organisations</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="436" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="454" />
            <source>Read-only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="467" />
            <source>{count} in this database</source>
            <translation>{count} dans cette base</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="471" />
            <source>&amp;Undo {what}</source>
            <translation>&amp;Annuler {what}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="472" />
            <source>&amp;Redo {what}</source>
            <translation>&amp;Rétablir {what}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="489" />
            <source>{server} (server: {address})</source>
            <translation>{server} (serveur : {address})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/main_window.py" line="493" />
            <source>(none yet)</source>
            <translation>(aucune pour l’instant)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="50" />
            <source>New database</source>
            <translation>Nouvelle base de données</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="51" />
            <source>OPN Desk databases (*.sqlite)</source>
            <translation>Bases de données OPN Desk (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="59" />
            <source>{name} already exists. Use File › Open database to open it.</source>
            <translation>{name} existe déjà. Utilisez Fichier › Ouvrir une base de données pour l’ouvrir.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="65" />
            <source>Open database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="66" />
            <source>OPN Desk databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données OPN Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="80" />
            <source>Demo database written to {path}</source>
            <translation>Base de démonstration écrite dans {path}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="100" />
            <source>Backup written and checked: {path}</source>
            <translation>Sauvegarde écrite et vérifiée : {path}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="132" />
            <source>Exported {count} to {path}</source>
            <translation>{count} exportées vers {path}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="207" />
            <source>&lt;h3&gt;OPN Desk {version}&lt;/h3&gt;&lt;p&gt;The coordination desk's tool for One Planet network programmes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {folder}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;OPN Desk {version}&lt;/h3&gt;&lt;p&gt;L’outil du secrétariat de coordination pour les programmes du One Planet network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de données :&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Dossier des données :&lt;/b&gt; {folder}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/file_commands.py" line="216" />
            <source>About OPN Desk</source>
            <translation>À propos d’OPN Desk</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="276" />
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="381" />
            <source>Opening {name} again…</source>
            <translation>Réouverture de {name}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="450" />
            <source>The database was upgraded; a copy from before is in its backups folder.</source>
            <translation>La base de données a été mise à niveau ; une copie d’avant se trouve dans son dossier de sauvegardes.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/window/app.py" line="522" />
            <source>Today's automatic backup could not be made: {reason}</source>
            <translation>La sauvegarde automatique du jour n’a pas pu être faite : {reason}</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="86" />
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="86" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="105" />
            <source>no travel support</source>
            <translation>pas de soutien aux déplacements</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="106" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="107" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="108" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="109" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="110" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="111" />
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="112" />
            <source>Programme of the day</source>
            <translation>Programme de la journée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="113" />
            <source>Travel budget</source>
            <translation>Budget des déplacements</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/words.py" line="29" />
            <source>Guest organisation</source>
            <translation>Organisation invitée</translation>
        </message>
        <message>
            <source>Say who approved the minutes (for example the advisory committee, or its members by written procedure).</source>
            <translation>Indiquez qui a approuvé le procès-verbal (par exemple le comité consultatif, ou ses membres par procédure écrite).</translation>
        </message>
        <message>
            <source>Approved on {day} by {by}, by written procedure.</source>
            <translation>Approuvé le {day} par {by}, par procédure écrite.</translation>
        </message>
        <message>
            <source>Give the day the written procedure approved the minutes.</source>
            <translation>Indiquez le jour où la procédure écrite a approuvé le procès-verbal.</translation>
        </message>
        <message>
            <source>Approved on {day}.</source>
            <translation>Approuvé le {day}.</translation>
        </message>
        <message>
            <source>The minutes of {meeting} were approved on {day}; approved minutes cannot be changed.</source>
            <translation>Le procès-verbal de {meeting} a été approuvé le {day} ; un procès-verbal approuvé ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>The minutes of {meeting} are not started; start them from the agenda before approving them.</source>
            <translation>Le procès-verbal de {meeting} n’est pas commencé ; commencez-le à partir de l’ordre du jour avant de l’approuver.</translation>
        </message>
        <message>
            <source>The minutes of {meeting} were already approved on {day}.</source>
            <translation>Le procès-verbal de {meeting} a déjà été approuvé le {day}.</translation>
        </message>
        <message>
            <source>Minutes cannot be approved before their meeting ({day}).</source>
            <translation>Un procès-verbal ne peut pas être approuvé avant sa réunion ({day}).</translation>
        </message>
        <message>
            <source>Minutes cannot be approved on a day still to come ({day}).</source>
            <translation>Un procès-verbal ne peut pas être approuvé à une date à venir ({day}).</translation>
        </message>
        <message>
            <source>Approved on {day} by {by} at {meeting} ({held}).</source>
            <translation>Approuvé le {day} par {by} lors de {meeting} ({held}).</translation>
        </message>
        <message>
            <source>Approved on {day} at {meeting} ({held}).</source>
            <translation>Approuvé le {day} lors de {meeting} ({held}).</translation>
        </message>
        <message>
            <source>Minutes are approved at a later meeting of the same programme; {title} ({day}) is not one.</source>
            <translation>Un procès-verbal est approuvé lors d’une réunion ultérieure du même programme ; {title} ({day}) n’en est pas une.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="68" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="123" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="125" />
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="71" />
            <source>New meeting…</source>
            <translation>Nouvelle réunion…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="73" />
            <source>Meeting pack</source>
            <translation>Dossier de réunion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="74" />
            <source>The meeting's pack as one PDF (cover, participants, agenda, each item with its papers, the minutes), in the print preview: the draft, or the final pack without the DRAFT mark.</source>
            <translation>Le dossier de la réunion en un seul PDF (couverture, participants, ordre du jour, chaque point avec ses documents, le procès-verbal), dans l’aperçu avant impression : le projet, ou le dossier final sans la mention PROJET.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="78" />
            <source>Draft pack…</source>
            <translation>Projet de dossier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="79" />
            <source>Final pack…</source>
            <translation>Dossier final…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="80" />
            <source>The pack as sent or filed: no DRAFT mark (as `opn-desk report meeting-pack --final`).</source>
            <translation>Le dossier tel qu’envoyé ou archivé : sans la mention PROJET (comme `opn-desk report meeting-pack --final`).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="87" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="87" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="87" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="87" />
            <source>Place or link</source>
            <translation>Lieu ou lien</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="88" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="113" />
            <source>Took part</source>
            <translation>A participé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="93" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="200" />
            <source>Choose a meeting to see it here.</source>
            <translation>Choisissez une réunion pour la voir ici.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="104" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="105" />
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="106" />
            <source>Travel support</source>
            <translation>Soutien aux déplacements</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="107" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="216" />
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="113" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="113" />
            <source>Meetings invited to</source>
            <translation>Réunions auxquelles il est invité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="114" />
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="118" />
            <source>Meetings held so far; written comments sent in advance count as participation. Meetings to come are not counted.</source>
            <translation>Réunions tenues jusqu’ici ; les commentaires écrits envoyés à l’avance comptent comme participation. Les réunions à venir ne sont pas comptées.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="124" />
            <location filename="../../opn_desk/gui/meetings/page.py" line="126" />
            <source>Participation rates</source>
            <translation>Taux de participation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="157" />
            <source>{took} of {invited}</source>
            <translation>{took} sur {invited}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="158" />
            <source>to come</source>
            <translation>à venir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="164" />
            <source>{count} meetings, {ahead} to come</source>
            <translation>{count} réunions, dont {ahead} à venir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="207" />
            <source>in {n} days</source>
            <translation>dans {n} jours</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="207" />
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="212" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="215" />
            <source>Draft (not yet approved).</source>
            <translation>Projet (pas encore approuvé).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="252" />
            <source>New meeting: {title}</source>
            <translation>Nouvelle réunion : {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="274" />
            <source>Meeting pack of {title}: {pages} pages</source>
            <translation>Dossier de la réunion {title} : {pages} pages</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="277" />
            <source>Final meeting pack: {title}</source>
            <translation>Dossier final de la réunion : {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/page.py" line="277" />
            <source>Draft meeting pack: {title}</source>
            <translation>Projet de dossier de la réunion : {title}</translation>
        </message>
    </context>
    <context>
        <name>MembershipDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="130" />
            <source>Add membership</source>
            <translation>Ajouter une adhésion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="130" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="143" />
            <source>Ends on</source>
            <translation>Se termine le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="151" />
            <source>&amp;Programme</source>
            <translation>&amp;Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="152" />
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="153" />
            <source>Re&amp;presentative</source>
            <translation>Re&amp;présentant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="154" />
            <source>A&amp;lternate</source>
            <translation>Su&amp;ppléant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="155" />
            <source>Term &amp;starts</source>
            <translation>&amp;Début du mandat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="156" />
            <source>Term ends</source>
            <translation>Fin du mandat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="160" />
            <source>(nobody named yet)</source>
            <translation>(personne de nommé pour l’instant)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="48" />
            <source>Merge duplicate records</source>
            <translation>Fusionner des doublons</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="53" />
            <source>Choose the record that is the same organisation as &lt;b&gt;{name}&lt;/b&gt;. The record you do not keep stays in the history, marked as merged.</source>
            <translation>Choisissez l’enregistrement qui est la même organisation que &lt;b&gt;{name}&lt;/b&gt;. L’enregistrement que vous ne gardez pas reste dans l’historique, marqué comme fusionné.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="59" />
            <source>Search the registry for the other record</source>
            <translation>Rechercher l’autre enregistrement dans le registre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="64" />
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="66" />
            <source>Looking for possible duplicates…</source>
            <translation>Recherche de doublons possibles…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="70" />
            <source>Which record to keep</source>
            <translation>Enregistrement à garder</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="98" />
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="119" />
            <source>Suggested because of the reasons shown; or search for another record.</source>
            <translation>Suggéré pour les raisons indiquées ; ou recherchez un autre enregistrement.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="120" />
            <source>No likely duplicate found; search for the other record.</source>
            <translation>Aucun doublon probable trouvé ; recherchez l’autre enregistrement.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="137" />
            <source>{count} found.</source>
            <translation>{count} trouvés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="161" />
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="162" />
            <source>Keep {name}</source>
            <translation>Garder {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="176" />
            <source>No country</source>
            <translation>Aucun pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="177" />
            <source>No website</source>
            <translation>Aucun site web</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="178" />
            <source>1 person</source>
            <translation>1 personne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="178" />
            <source>{n} people</source>
            <translation>{n} personnes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="179" />
            <source>1 membership ({active} active)</source>
            <translation>1 adhésion ({active} active)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="180" />
            <source>{n} memberships ({active} active)</source>
            <translation>{n} adhésions ({active} actives)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="182" />
            <source>1 application</source>
            <translation>1 candidature</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="183" />
            <source>{n} applications</source>
            <translation>{n} candidatures</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="185" />
            <source>Already merged into another record</source>
            <translation>Déjà fusionné dans un autre enregistrement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="202" />
            <source>{gone} becomes another name of {kept}; its people, memberships, applications and history move to {kept}. You can undo this with Edit › Undo.</source>
            <translation>{gone} devient un autre nom de {kept} ; ses personnes, adhésions, candidatures et son historique passent à {kept}. Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="227" />
            <source>Merge {gone} into {kept}</source>
            <translation>Fusionner {gone} dans {kept}</translation>
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
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/core/messages.py" line="80" />
            <source>The file could not be used: {reason}{where}.</source>
            <translation>Le fichier n’a pas pu être utilisé : {reason}{where}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/core/messages.py" line="86" />
            <source>Something went wrong that OPN Desk did not expect ({kind}). Nothing further was saved; please report this.</source>
            <translation>Un problème inattendu pour OPN Desk est survenu ({kind}). Rien de plus n’a été enregistré ; merci de le signaler.</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="39" />
            <source>Start the minutes</source>
            <translation>Commencer le procès-verbal</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="40" />
            <source>Start the minutes from a copy of the agenda.</source>
            <translation>Commencer le procès-verbal à partir d’une copie de l’ordre du jour.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="41" />
            <source>Approve…</source>
            <translation>Approuver…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="42" />
            <source>The minutes approved at a later meeting or by written procedure; approved minutes cannot be changed.</source>
            <translation>Le procès-verbal approuvé lors d’une réunion ultérieure ou par procédure écrite ; un procès-verbal approuvé ne peut plus être modifié.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="57" />
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="60" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="65" />
            <source>Save the item's record</source>
            <translation>Enregistrer le compte rendu du point</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="74" />
            <source>Action items (tasks of the work plan)</source>
            <translation>Actions (tâches du plan de travail)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="76" />
            <source>Add action item…</source>
            <translation>Ajouter une action…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="79" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="79" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="79" />
            <source>Due</source>
            <translation>Échéances</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="79" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="80" />
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="108" />
            <source>{approval} Approved minutes are read-only.</source>
            <translation>{approval} Un procès-verbal approuvé est en lecture seule.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="110" />
            <source>Draft minutes, started on {day} from the agenda.</source>
            <translation>Projet de procès-verbal, commencé le {day} à partir de l’ordre du jour.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="113" />
            <source>The minutes are not started. Starting them copies the agenda: each item's record opens with its presenter and the decision sought.</source>
            <translation>Le procès-verbal n’est pas commencé. Le commencer copie l’ordre du jour : le compte rendu de chaque point s’ouvre avec son présentateur et la décision demandée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="143" />
            <source>Start the minutes of {meeting}</source>
            <translation>Commencer le procès-verbal de {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="153" />
            <source>Approve the minutes of {meeting}</source>
            <translation>Approuver le procès-verbal de {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="163" />
            <source>Record of {item}</source>
            <translation>Compte rendu de {item}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/minutes.py" line="174" />
            <source>Action item of {meeting}</source>
            <translation>Action de {meeting}</translation>
        </message>
    </context>
    <context>
        <name>NewCycleDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="65" />
            <source>New reporting cycle</source>
            <translation>Nouveau cycle de rapport</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="65" />
            <source>Create the cycle</source>
            <translation>Créer le cycle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="67" />
            <source>Reporting cycle {code} {year}</source>
            <translation>Cycle de rapport {code} {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="68" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="79" />
            <source>Days from the deadline: negative before it, positive after it.</source>
            <translation>Jours par rapport à l’échéance : négatifs avant, positifs après.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="89" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="90" />
            <source>Reporting year</source>
            <translation>Année de rapport</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="91" />
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="92" />
            <source>Reminders (days from the deadline)</source>
            <translation>Relances (jours par rapport à l’échéance)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="93" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>NewDemoDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="282" />
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="314" />
            <source>New demo database</source>
            <translation>Nouvelle base de démonstration</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="284" />
            <source>Creates a new database filled with a realistic, invented network, to try OPN Desk or to train. Your own database is not touched.</source>
            <translation>Crée une nouvelle base de données remplie d’un réseau réaliste et inventé, pour essayer OPN Desk ou pour se former. Votre propre base de données n’est pas touchée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="298" />
            <source>The same number gives the same network.</source>
            <translation>Le même nombre donne le même réseau.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="299" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="300" />
            <source>&amp;Organisations</source>
            <translation>&amp;Organisations</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="301" />
            <source>&amp;Seed</source>
            <translation>&amp;Graine</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="308" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="315" />
            <source>OPN Desk databases (*.sqlite)</source>
            <translation>Bases de données OPN Desk (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="326" />
            <source>Choose where to write the demo database.</source>
            <translation>Choisissez où écrire la base de démonstration.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="328" />
            <source>{name} already exists; the demo network is written to a new file only.</source>
            <translation>{name} existe déjà ; le réseau de démonstration n’est écrit que dans un nouveau fichier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="331" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
    </context>
    <context>
        <name>NewLaptopDialog</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="49" />
            <source>Set up another laptop</source>
            <translation>Préparer un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="53" />
            <source>A copy of the whole desk for a colleague's laptop, with a laptop identity of its own; this laptop knows the new one at once, so you can write exchange files for it. Give the copy on a USB stick and keep it out of shared folders: only exchange files go there.</source>
            <translation>Une copie de tout le bureau pour l’ordinateur d’un collègue, avec sa propre identité ; cet ordinateur connaît aussitôt le nouveau, vous pouvez donc écrire des fichiers d’échange pour lui. Remettez la copie sur une clé USB et gardez-la hors des dossiers partagés : seuls les fichiers d’échange y vont.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="58" />
            <source>For example: Nairobi laptop</source>
            <translation>Par exemple : ordinateur de Nairobi</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="60" />
            <source>&amp;Name of the new laptop</source>
            <translation>&amp;Nom du nouvel ordinateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="65" />
            <source>Where to save the copy (a .sqlite file)</source>
            <translation>Où enregistrer la copie (un fichier .sqlite)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="66" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="70" />
            <source>&amp;Save the copy as</source>
            <translation>&amp;Enregistrer la copie sous</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="81" />
            <source>&amp;Make the copy</source>
            <translation>&amp;Faire la copie</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="82" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="98" />
            <source>Save the copy for the new laptop</source>
            <translation>Enregistrer la copie pour le nouvel ordinateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="99" />
            <source>OPN Desk databases (*.sqlite)</source>
            <translation>Bases de données OPN Desk (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="118" />
            <source>Give the new laptop a name, such as “Nairobi laptop”.</source>
            <translation>Donnez un nom au nouvel ordinateur, par exemple « ordinateur de Nairobi ».</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="122" />
            <source>Choose where to save the copy for {laptop}.</source>
            <translation>Choisissez où enregistrer la copie pour {laptop}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/new_laptop.py" line="141" />
            <source>Making a copy of the desk for {laptop}</source>
            <translation>Copie du bureau pour {laptop}</translation>
        </message>
    </context>
    <context>
        <name>NotBuiltPage</name>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="135" />
            <source>This area is not built yet. Until it is, keep this work where you keep it today; the organisations registry is ready to use.</source>
            <translation>Cette partie n’est pas encore construite. En attendant, gardez ce travail là où vous le gardez aujourd’hui ; le registre des organisations est prêt à l’emploi.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <location filename="../../opn_desk/gui/window/pages.py" line="98" />
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../opn_desk/gui/applications/intake.py" line="562" />
            <source>Record application of {name}</source>
            <translation>Enregistrer la candidature de {name}</translation>
        </message>
        <message>
            <source>Remove the criterion {name}</source>
            <translation>Retirer le critère {name}</translation>
        </message>
        <message>
            <source>Add the call {title}</source>
            <translation>Ajouter l’appel {title}</translation>
        </message>
        <message>
            <source>Edit the call {title}</source>
            <translation>Modifier l’appel {title}</translation>
        </message>
        <message>
            <source>Add the criterion {name}</source>
            <translation>Ajouter le critère {name}</translation>
        </message>
        <message>
            <source>Edit the criterion {name}</source>
            <translation>Modifier le critère {name}</translation>
        </message>
        <message>
            <source>Exporting applicants for a mail merge…</source>
            <translation>Export des candidats pour un publipostage…</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Écriture du PDF…</translation>
        </message>
        <message>
            <source>Writing the review pack…</source>
            <translation>Écriture du dossier d’évaluation…</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Vérification du fichier…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Reading the applications…</source>
            <translation>Lecture des candidatures…</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <source>Checking {count} rows…</source>
            <translation>Vérification de {count} lignes…</translation>
        </message>
        <message>
            <source>Importing {count} rows…</source>
            <translation>Importation de {count} lignes…</translation>
        </message>
        <message>
            <source>Saved: {what}</source>
            <translation>Enregistré : {what}</translation>
        </message>
        <message>
            <source>Cancelled: {what}</source>
            <translation>Annulé : {what}</translation>
        </message>
        <message>
            <source>{name} cannot be imported. {reason}</source>
            <translation>{name} ne peut pas être importé. {reason}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>Annulé : {what}</translation>
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation>Rétabli : {what}</translation>
        </message>
        <message>
            <source>Exporting organisations…</source>
            <translation>Export des organisations…</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Sauvegarde de la base de données…</translation>
        </message>
        <message>
            <source>Creating the demo network…</source>
            <translation>Création du réseau de démonstration…</translation>
        </message>
        <message>
            <source>Writing and checking the backup…</source>
            <translation>Écriture et vérification de la sauvegarde…</translation>
        </message>
        <message>
            <source>The demo database was not created.</source>
            <translation>La base de démonstration n’a pas été créée.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="84" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="105" />
            <source>Organisation history</source>
            <translation>Historique de l'organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="109" />
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="112" />
            <source>(not set)</source>
            <translation>(non défini)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="115" />
            <source>Type a country's name or its ISO code</source>
            <translation>Saisissez le nom d’un pays ou son code ISO</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="243" />
            <source>That organisation no longer exists.</source>
            <translation>Cette organisation n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="53" />
            <source>People ({count})</source>
            <translation>Personnes ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="54" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="64" />
            <source>from {start}</source>
            <translation>à partir du {start}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="79" />
            <source>Memberships ({count})</source>
            <translation>Adhésions ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="80" />
            <source>Memberships</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="269" />
            <source>New organisation</source>
            <translation>Nouvelle organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="270" />
            <source>Not saved yet. People and memberships can be added once it is saved.</source>
            <translation>Pas encore enregistrée. Les personnes et adhésions pourront être ajoutées une fois enregistrée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="272" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="288" />
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="427" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="288" />
            <source>Add organisation</source>
            <translation>Ajouter l’organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="334" />
            <source>Reload (lose my changes)</source>
            <translation>Recharger (perdre mes modifications)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="335" />
            <source>Keep editing</source>
            <translation>Continuer à modifier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="352" />
            <source>Add {name}</source>
            <translation>Ajouter {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="364" />
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="382" />
            <source>Its {count} people are removed with it. </source>
            <translation>Ses {count} personnes sont supprimées avec elle. </translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="132" />
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="383" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="384" />
            <source>Delete {name}?</source>
            <translation>Supprimer {name} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="384" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="393" />
            <source>Delete {name}</source>
            <translation>Supprimer {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="425" />
            <source>this organisation</source>
            <translation>cette organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="426" />
            <source>Save your changes to {name}?</source>
            <translation>Enregistrer vos modifications de {name} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="427" />
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="427" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="428" />
            <source>Your changes to the details have not been saved yet.</source>
            <translation>Vos modifications des informations n’ont pas encore été enregistrées.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="131" />
            <source>Remove {name} from this organisation?</source>
            <translation>Retirer {name} de cette organisation ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/editor_people.py" line="132" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Choose the country from the list (type part of its name or its three-letter code).</source>
            <translation>Choisissez le pays dans la liste (saisissez une partie de son nom ou son code à trois lettres).</translation>
        </message>
        <message>
            <source>Choose the parent organisation from the list that appears as you type, or clear the field.</source>
            <translation>Choisissez l’organisation mère dans la liste qui apparaît pendant la saisie, ou videz le champ.</translation>
        </message>
        <message>
            <source>Check before saving; two records of one organisation can be merged later with Merge….</source>
            <translation>Vérifiez avant d’enregistrer ; deux enregistrements d’une même organisation peuvent être fusionnés plus tard avec Fusionner….</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry:</source>
            <translation>Cette organisation est peut-être déjà dans le registre :</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry, as one of these:</source>
            <translation>Cette organisation est peut-être déjà dans le registre, sous l’un de ces noms :</translation>
        </message>
        <message>
            <source>Record a self-assessment…</source>
            <translation>Enregistrer une auto-évaluation…</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Santé</translation>
        </message>
        <message>
            <source>Holds no role in a programme today; the signals below are what the data still says.</source>
            <translation>N’a aucun rôle dans un programme aujourd’hui ; les signaux ci-dessous sont ce que disent encore les données.</translation>
        </message>
        <message>
            <source>Reported in the last cycle</source>
            <translation>A rapporté lors du dernier cycle</translation>
        </message>
        <message>
            <source>MAC participation (written comments count)</source>
            <translation>Participation au MAC (les commentaires écrits comptent)</translation>
        </message>
        <message>
            <source>Initiatives kept up to date</source>
            <translation>Initiatives tenues à jour</translation>
        </message>
        <message>
            <source>Co-lead commitments met</source>
            <translation>Engagements de co-responsable tenus</translation>
        </message>
        <message>
            <source>Latest self-assessment</source>
            <translation>Dernière auto-évaluation</translation>
        </message>
        <message>
            <source>Computed from the data: reporting in the last cycle of each of its programmes, MAC participation over the meetings held (written comments sent in advance count), its initiatives kept up to date, a co-lead's renewal commitments, and the desk's latest self-assessment.</source>
            <translation>Calculé à partir des données : le rapport lors du dernier cycle de chacun de ses programmes, la participation au MAC sur les réunions tenues (les commentaires écrits envoyés à l’avance comptent), ses initiatives tenues à jour, les engagements de renouvellement d’un co-responsable, et la dernière auto-évaluation du secrétariat.</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>What it is made of</source>
            <translation>Ce qui le compose</translation>
        </message>
        <message>
            <source>Trend over the cycles</source>
            <translation>Tendance au fil des cycles</translation>
        </message>
        <message>
            <source>Self-assessments</source>
            <translation>Auto-évaluations</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Appréciation</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No cycle has passed yet in which it was expected to report.</source>
            <translation>Aucun cycle dans lequel un rapport était attendu de sa part n’est encore passé.</translation>
        </message>
        <message>
            <source>One point per reporting year: that year's reporting and the self-assessment in force at its deadline.</source>
            <translation>Un point par année de rapport : le rapport de cette année et l’auto-évaluation en vigueur à sa date limite.</translation>
        </message>
        <message>
            <source>No self-assessment recorded yet.</source>
            <translation>Aucune auto-évaluation enregistrée pour l’instant.</translation>
        </message>
        <message>
            <source>Health of the partnership: {level}. Roles today: {roles}.</source>
            <translation>Santé du partenariat : {level}. Rôles aujourd’hui : {roles}.</translation>
        </message>
        <message>
            <source>Its health dropped since the previous point of its trend.</source>
            <translation>Sa santé a baissé depuis le point précédent de sa tendance.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Non satisfait</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>sans objet</translation>
        </message>
        <message>
            <source>Record the self-assessment of {name}</source>
            <translation>Enregistrer l’auto-évaluation de {name}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>No history yet: changes to this organisation, its people and its memberships will be listed here, with who made them and when.</source>
            <translation>Pas encore d’historique : les modifications de cette organisation, de ses personnes et de ses adhésions seront listées ici, avec qui les a faites et quand.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>{record}: {field}: {before} → {after}</source>
            <translation>{record} : {field} : {before} → {after}</translation>
        </message>
        <message>
            <source>{record} {action}</source>
            <translation>{record} {action}</translation>
        </message>
        <message>
            <source>{record}: {field} changed</source>
            <translation>{record} : {field} modifié</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Retirer {name}</translation>
        </message>
        <message>
            <source>Add membership: {what}</source>
            <translation>Ajouter une adhésion : {what}</translation>
        </message>
        <message>
            <source>End membership: {what}</source>
            <translation>Mettre fin à l’adhésion : {what}</translation>
        </message>
        <message>
            <source>Renew membership: {what}</source>
            <translation>Renouveler l’adhésion : {what}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="43" />
            <source>Attended</source>
            <translation>Présent</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="43" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="43" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="43" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="44" />
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="44" />
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="44" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="46" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="52" />
            <source>Set participation</source>
            <translation>Définir la participation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="53" />
            <source>Record the attendance ticked</source>
            <translation>Enregistrer les présences cochées</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="54" />
            <source>Those ticked attended; the others keep how they took part.</source>
            <translation>Les personnes cochées étaient présentes ; les autres gardent leur mode de participation.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="55" />
            <source>Add guest…</source>
            <translation>Ajouter un invité…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="56" />
            <source>An organisation of the registry, or a name typed as it comes.</source>
            <translation>Une organisation du registre, ou un nom saisi tel quel.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="57" />
            <source>How the selected invitee took part</source>
            <translation>Comment l’invité sélectionné a participé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="79" />
            <source>The minutes are approved: the attendance they record cannot be changed.</source>
            <translation>Le procès-verbal est approuvé : les présences qu’il consigne ne peuvent plus être modifiées.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="90" />
            <source>sent in advance</source>
            <translation>envoyés à l’avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="100" />
            <source>{invited} organisations invited (the co-leads and core partners in office on the meeting's date, and guest organisations); {confirmed} confirmed, {wrote} sent written comments in advance.</source>
            <translation>{invited} organisations invitées (les co-responsables et partenaires principaux en fonction à la date de la réunion, et les organisations invitées) ; {confirmed} confirmées, {wrote} ont envoyé des commentaires écrits à l’avance.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="106" />
            <source>{took} of {invited} invited organisations took part (attended or sent written comments in advance, which counts as participation).</source>
            <translation>{took} organisations invitées sur {invited} ont participé (présentes ou ayant envoyé des commentaires écrits à l’avance, ce qui compte comme participation).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="108" />
            <source>attended</source>
            <translation>présent</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="111" />
            <source>Guests: {guests}</source>
            <translation>Invités : {guests}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="111" />
            <source>No guests.</source>
            <translation>Aucun invité.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="129" />
            <source>{organisation} at {meeting}: {status}</source>
            <translation>{organisation} à {meeting} : {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="150" />
            <source>Invite {organisation} to {meeting}</source>
            <translation>Inviter {organisation} à {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="154" />
            <source>Guest {name} at {meeting}</source>
            <translation>Invité {name} à {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/participants.py" line="163" />
            <source>Attendance at {meeting}</source>
            <translation>Présences à {meeting}</translation>
        </message>
    </context>
    <context>
        <name>PartnerMapView</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/partner_map.py" line="157" />
            <source>No organisations share an initiative.</source>
            <translation>Aucune organisation ne partage d’initiative.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/partner_map.py" line="212" />
            <source>Initiatives ({count}):</source>
            <translation>Initiatives ({count}) :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/partner_map.py" line="215" />
            <source>… and {count} more</source>
            <translation>… et {count} de plus</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/partner_map.py" line="217" />
            <source>Works with: {names}</source>
            <translation>Travaille avec : {names}</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="33" />
            <source>Every partner</source>
            <translation>Tous les partenaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="33" />
            <source>Status in the cycle</source>
            <translation>Statut dans le cycle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="34" />
            <source>Not reported yet</source>
            <translation>Pas encore rapporté</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="37" />
            <source>Search partners</source>
            <translation>Rechercher des partenaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="43" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="43" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="43" />
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="43" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="44" />
            <source>Submitted on</source>
            <translation>Soumis le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="44" />
            <source>Days late</source>
            <translation>Jours de retard</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="44" />
            <source>Missed in a row</source>
            <translation>Manqués d’affilée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="45" />
            <source>Excuse</source>
            <translation>Dispenser</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="48" />
            <source>No partner has this status.</source>
            <translation>Aucun partenaire n’a ce statut.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="50" />
            <source>Record a submission…</source>
            <translation>Enregistrer une soumission…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="51" />
            <source>Excuse…</source>
            <translation>Dispenser…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="52" />
            <source>Back to to do</source>
            <translation>Remettre à faire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="53" />
            <source>Focal point…</source>
            <translation>Point focal…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="54" />
            <source>Open the organisation</source>
            <translation>Ouvrir l’organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="94" />
            <source>{n} (review)</source>
            <translation>{n} (à examiner)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="105" />
            <source>{shown} of {total} partners</source>
            <translation>{shown} sur {total} partenaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="140" />
            <source>Record the report of {name}</source>
            <translation>Enregistrer le rapport de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="154" />
            <source>Excuse {name} from reporting</source>
            <translation>Dispenser {name} de rapport</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="164" />
            <source>Set {name} back to to do</source>
            <translation>Remettre {name} à faire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/partners.py" line="177" />
            <source>Set the reporting focal point of {name}</source>
            <translation>Définir le point focal pour les rapports de {name}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="196" />
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="198" />
            <source>Show or hide the document's contents</source>
            <translation>Afficher ou masquer le sommaire du document</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="200" />
            <source>‹ Previous</source>
            <translation>‹ Précédente</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="203" />
            <source>Next ›</source>
            <translation>Suivante ›</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="208" />
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="224" />
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="209" />
            <source>of {count}</source>
            <translation>sur {count}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="211" />
            <source>Fit width</source>
            <translation>Ajuster à la largeur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="212" />
            <source>Whole page</source>
            <translation>Page entière</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="215" />
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="216" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="218" />
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="220" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="235" />
            <source>Language of the document</source>
            <translation>Langue du document</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="269" />
            <source>(the file could not be read)</source>
            <translation>(le fichier n’a pas pu être lu)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="348" />
            <source>Printing {title}…</source>
            <translation>Impression de {title}…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="348" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="374" />
            <source>Print {title}</source>
            <translation>Imprimer {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="395" />
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/print_preview.py" line="397" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="101" />
            <source>Edit person</source>
            <translation>Modifier la personne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="101" />
            <source>Add person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="102" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="102" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="107" />
            <source>name@example.org</source>
            <translation>nom@example.org</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="113" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="114" />
            <source>&amp;E-mail</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="115" />
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="116" />
            <source>&amp;Gender (as stated)</source>
            <translation>&amp;Genre (tel que déclaré)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="117" />
            <source>Gender is recorded only as the person states it; it is sensitive and never exported unless you ask for it.</source>
            <translation>Le genre n’est enregistré que tel que la personne le déclare ; c’est une donnée sensible, jamais exportée sauf si vous le demandez.</translation>
        </message>
    </context>
    <context>
        <name>PortfolioPage</name>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="75" />
            <source>Search titles, descriptions, leads</source>
            <translation>Rechercher dans les titres, descriptions, chefs de file</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="76" />
            <source>New initiative…</source>
            <translation>Nouvelle initiative…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="78" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="79" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="80" />
            <source>Leave out inactive initiatives, those not (yet) in the portfolio and the desk's own notes and due diligence.</source>
            <translation>Écarter les initiatives inactives, celles qui ne sont pas (encore) dans le portefeuille, ainsi que les notes et la diligence raisonnable du secrétariat.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="82" />
            <source>Portfolio</source>
            <translation>Portefeuille</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="82" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="85" />
            <source>All programmes</source>
            <translation>Tous les programmes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="85" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="112" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="86" />
            <source>Any SDG</source>
            <translation>Tout ODD</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="86" />
            <source>Also serving this SDG</source>
            <translation>Servant aussi cet ODD</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="87" />
            <source>SDG {n}</source>
            <translation>ODD {n}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="88" />
            <source>All sectors</source>
            <translation>Tous les secteurs</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="88" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="113" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="285" />
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="89" />
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="89" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="90" />
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="90" />
            <source>Status (inactive after two years without an update)</source>
            <translation>Statut (inactive après deux ans sans mise à jour)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="93" />
            <source>Core and affiliated</source>
            <translation>Principales et affiliées</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="93" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="112" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="100" />
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="112" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="112" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="113" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="283" />
            <source>Lead</source>
            <translation>Chef de file</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="113" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="283" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="113" />
            <source>Other SDGs</source>
            <translation>Autres ODD</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="114" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="289" />
            <source>Last update</source>
            <translation>Dernière mise à jour</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="116" />
            <source>No initiative matches. Clear the filters or search less.</source>
            <translation>Aucune initiative ne correspond. Effacez les filtres ou cherchez moins.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="124" />
            <source>Initiatives</source>
            <translation>Initiatives</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="125" />
            <source>Who works with whom</source>
            <translation>Qui travaille avec qui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="142" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="265" />
            <source>Choose an initiative to see it here.</source>
            <translation>Choisissez une initiative pour la voir ici.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="152" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="153" />
            <source>Due diligence…</source>
            <translation>Diligence raisonnable…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="154" />
            <location filename="../../opn_desk/gui/portfolio/page.py" line="380" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="161" />
            <source>Move</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="162" />
            <source>Lifecycle:</source>
            <translation>Cycle de vie :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="210" />
            <source>{count} core initiatives are left with fewer than two partners holding a role in their programme: {titles}. Add a partner or make them affiliated.</source>
            <translation>{count} initiatives principales ont moins de deux partenaires ayant un rôle dans leur programme : {titles}. Ajoutez un partenaire ou rendez-les affiliées.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="233" />
            <source>{count} initiatives</source>
            <translation>{count} initiatives</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="278" />
            <source>may use the logo</source>
            <translation>peut utiliser le logo</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="283" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="284" />
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="285" />
            <source>Work-stream</source>
            <translation>Axe de travail</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="286" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="286" />
            <source>Targets</source>
            <translation>Cibles</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="287" />
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="287" />
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="288" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="289" />
            <source>Desk notes</source>
            <translation>Notes du secrétariat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="292" />
            <source>Due diligence</source>
            <translation>Diligence raisonnable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="292" />
            <source>{done} of {all} checks done</source>
            <translation>{done} vérifications faites sur {all}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="339" />
            <source>Add the initiative {title}</source>
            <translation>Ajouter l’initiative {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="342" />
            <source>Edit the initiative {title}</source>
            <translation>Modifier l’initiative {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="363" />
            <source>Due diligence of {title}</source>
            <translation>Diligence raisonnable de {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="373" />
            <source>Move {title} to {status}</source>
            <translation>Passer {title} à {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="380" />
            <source>Delete the initiative {title}?</source>
            <translation>Supprimer l’initiative {title} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="381" />
            <source>Delete the initiative {title}</source>
            <translation>Supprimer l’initiative {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="388" />
            <source>Export the initiatives</source>
            <translation>Exporter les initiatives</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="390" />
            <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
            <translation>Feuille de calcul (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/portfolio/page.py" line="400" />
            <source>Exported {count} initiatives to {name}</source>
            <translation>{count} initiatives exportées vers {name}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="342" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="347" />
            <source>Your name as it should appear in the history</source>
            <translation>Votre nom tel qu’il doit apparaître dans l’historique</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="348" />
            <source>Desk officer's &amp;name</source>
            <translation>&amp;Nom du chargé de secrétariat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="351" />
            <source>Lan&amp;guage</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="353" />
            <source>Every change you make is recorded under this name.</source>
            <translation>Chaque modification que vous faites est enregistrée sous ce nom.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="356" />
            <source>Programme &amp;letterheads…</source>
            <translation>&amp;En-têtes des programmes…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="357" />
            <source>The lines printed at the top of letters, packs, dossiers and rosters, per programme (kept in the database)</source>
            <translation>Les lignes imprimées en haut des lettres, dossiers d’évaluation, dossiers et listes des membres, par programme (conservées dans la base de données)</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeHeader</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/area_header.py" line="29" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/area_header.py" line="31" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="15" />
            <source>Progress of {task}</source>
            <translation>Avancement de {task}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="15" />
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="22" />
            <source>On</source>
            <translation>Le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="23" />
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="24" />
            <source>Next steps</source>
            <translation>Prochaines étapes</translation>
        </message>
    </context>
    <context>
        <name>Registry</name>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="65" />
            <source>An organisation needs a name.</source>
            <translation>Une organisation a besoin d’un nom.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="67" />
            <source>The name is longer than 300 characters.</source>
            <translation>Le nom dépasse 300 caractères.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="69" />
            <source>The acronym is longer than 50 characters.</source>
            <translation>Le sigle dépasse 50 caractères.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="72" />
            <source>“{website}” is not a web address; write it like www.example.org.</source>
            <translation>« {website} » n’est pas une adresse web ; écrivez-la comme www.example.org.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="78" />
            <source>An organisation cannot be its own parent.</source>
            <translation>Une organisation ne peut pas être sa propre organisation mère.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="82" />
            <source>That parent would make a circle of parent organisations.</source>
            <translation>Cette organisation mère formerait un cercle d’organisations mères.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="86" />
            <source>The parent organisation no longer exists.</source>
            <translation>L’organisation mère n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="153" />
            <source>A person needs a name.</source>
            <translation>Une personne a besoin d’un nom.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="194" />
            <source>The term must end after it starts.</source>
            <translation>Le mandat doit se terminer après son début.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="211" />
            <source>That membership has already ended.</source>
            <translation>Cette adhésion est déjà terminée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="213" />
            <source>A membership cannot end before it started.</source>
            <translation>Une adhésion ne peut pas se terminer avant d’avoir commencé.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="224" />
            <source>Only an active membership can be renewed.</source>
            <translation>Seule une adhésion active peut être renouvelée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="226" />
            <source>This membership has no end date, so there is no term to renew.</source>
            <translation>Cette adhésion n’a pas de date de fin, il n’y a donc pas de mandat à renouveler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/registry.py" line="228" />
            <source>The renewed term must end after the current one.</source>
            <translation>Le mandat renouvelé doit se terminer après le mandat en cours.</translation>
        </message>
    </context>
    <context>
        <name>RegistryPage</name>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="51" />
            <location filename="../../opn_desk/gui/registry/page.py" line="75" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="51" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="47" />
            <source>Search names, acronyms, countries</source>
            <translation>Rechercher noms, sigles, pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="48" />
            <source>Searches the name, acronym, other names and country (Ctrl+F)</source>
            <translation>Recherche dans le nom, le sigle, les autres noms et le pays (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="49" />
            <source>New organisation</source>
            <translation>Nouvelle organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="57" />
            <source>All programmes</source>
            <translation>Tous les programmes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="57" />
            <source>Active in programme</source>
            <translation>Actif dans le programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="59" />
            <source>All roles</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="59" />
            <source>Active in the role</source>
            <translation>Actif dans le rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="61" />
            <source>All groups</source>
            <translation>Tous les groupes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="61" />
            <source>Regional group of the country</source>
            <translation>Groupe régional du pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="64" />
            <source>All clusters</source>
            <translation>Tous les groupes de parties prenantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="64" />
            <source>Stakeholder cluster</source>
            <translation>Groupe de parties prenantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="66" />
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="84" />
            <location filename="../../opn_desk/gui/registry/page.py" line="166" />
            <source>No organisation matches. Try fewer words or clear the filters.</source>
            <translation>Aucune organisation ne correspond. Essayez moins de mots ou effacez les filtres.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="160" />
            <source>{shown} of {all}</source>
            <translation>{shown} sur {all}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/registry/page.py" line="163" />
            <source>There are no organisations in this database yet. Add the first with New organisation, or try OPN Desk on File › New demo database.</source>
            <translation>Il n’y a pas encore d’organisation dans cette base de données. Ajoutez la première avec Nouvelle organisation, ou essayez OPN Desk avec Fichier › Nouvelle base de démonstration.</translation>
        </message>
    </context>
    <context>
        <name>RenewMembershipDialog</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="208" />
            <source>Renew membership</source>
            <translation>Renouveler l’adhésion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="208" />
            <source>Renew</source>
            <translation>Renouveler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="211" />
            <source>A new term of the {what} membership starts on {start}; the current term is kept in the history.</source>
            <translation>Un nouveau mandat de l’adhésion {what} commence le {start} ; le mandat en cours est conservé dans l’historique.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="217" />
            <source>New term &amp;ends on</source>
            <translation>Le nouveau mandat se &amp;termine le</translation>
        </message>
    </context>
    <context>
        <name>Renewal</name>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="183" />
            <source>The renewal process was changed since you opened it; reload it to see the latest version.</source>
            <translation>Le processus de renouvellement a été modifié depuis que vous l’avez ouvert ; rechargez-le pour voir la dernière version.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="202" />
            <source>Incumbents already have scores on the criteria of the linked call; remove those scores before linking another call.</source>
            <translation>Des titulaires ont déjà des notes selon les critères de l’appel lié ; retirez ces notes avant de lier un autre appel.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="309" />
            <source>A step cannot have started in the future.</source>
            <translation>Une étape ne peut pas avoir commencé dans le futur.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="330" />
            <source>A step cannot start in the future.</source>
            <translation>Une étape ne peut pas commencer dans le futur.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="350" />
            <source>A step cannot be closed in the future.</source>
            <translation>Une étape ne peut pas être clôturée dans le futur.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="370" />
            <source>Reopening a step needs a reason.</source>
            <translation>Rouvrir une étape demande une raison.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="382" />
            <source>The attachment needs a file name.</source>
            <translation>La pièce jointe a besoin d’un nom de fichier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="413" />
            <source>That evidence file no longer exists (it may have been removed or undone).</source>
            <translation>Ce justificatif n’existe plus (il a peut-être été retiré ou annulé).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="439" />
            <source>A checklist item needs its text.</source>
            <translation>Un élément de la liste a besoin de son texte.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="442" />
            <source>The checklist already has that item.</source>
            <translation>La liste contient déjà cet élément.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="500" />
            <source>Succession is planned for co-leads and core partners.</source>
            <translation>La succession est planifiée pour les co-responsables et les partenaires principaux.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="512" />
            <source>Choose the organisation, or write who (for example "Open seat: Africa").</source>
            <translation>Choisissez l’organisation, ou écrivez qui (par exemple "Siège vacant : Afrique").</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="547" />
            <source>Link the renewal process to its co-lead call first; the criteria are the call's.</source>
            <translation>Liez d’abord le processus de renouvellement à son appel de co-responsables ; les critères sont ceux de l’appel.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="627" />
            <source>That membership is not a co-lead membership of this programme.</source>
            <translation>Cette adhésion n’est pas une adhésion de co-responsable de ce programme.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="665" />
            <source>That application does not answer this renewal process's co-lead call.</source>
            <translation>Cette candidature ne répond pas à l’appel de co-responsables de ce processus de renouvellement.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="670" />
            <source>That candidate no longer exists (it may have been deleted or undone).</source>
            <translation>Ce candidat n’existe plus (il a peut-être été supprimé ou annulé).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="694" />
            <source>A withdrawn application cannot be proposed.</source>
            <translation>Une candidature retirée ne peut pas être proposée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="705" />
            <source>This incumbent has not said it seeks renewal; record that first.</source>
            <translation>Ce titulaire n’a pas dit qu’il demande le renouvellement ; enregistrez-le d’abord.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="707" />
            <source>This incumbent also applied to the call; propose its application instead.</source>
            <translation>Ce titulaire a aussi répondu à l’appel ; proposez plutôt sa candidature.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="736" />
            <source>Only an incumbent seeking renewal is scored; record that it seeks renewal first.</source>
            <translation>Seul un titulaire demandant le renouvellement est noté ; enregistrez d’abord qu’il le demande.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="762" />
            <source>That score no longer exists (it may have been removed or undone).</source>
            <translation>Cette note n’existe plus (elle a peut-être été retirée ou annulée).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/renewal.py" line="928" />
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>ReportData</name>
        <message>
            <location filename="../../opn_desk/services/report_data.py" line="145" />
            <source>That application does not exist (it may have been deleted or undone).</source>
            <translation>Cette candidature n’existe pas (elle a peut-être été supprimée ou annulée).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/report_data.py" line="342" />
            <source>That call does not exist (it may have been deleted or undone).</source>
            <translation>Cet appel n’existe pas (il a peut-être été supprimé ou annulé).</translation>
        </message>
    </context>
    <context>
        <name>ReportingPage</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="64" />
            <source>Reporting</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="67" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="70" />
            <source>Reporting year (cycle)</source>
            <translation>Année de rapport (cycle)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="71" />
            <source>New cycle…</source>
            <translation>Nouveau cycle…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="72" />
            <source>Edit cycle…</source>
            <translation>Modifier le cycle…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="73" />
            <source>Prepare reminders…</source>
            <translation>Préparer les relances…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="74" />
            <source>Cycle summary…</source>
            <translation>Résumé du cycle…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="75" />
            <source>Import activities…</source>
            <translation>Importer des activités…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="95" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="104" />
            <source>Over the years</source>
            <translation>Au fil des ans</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="105" />
            <source>Every programme this year</source>
            <translation>Tous les programmes cette année</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="106" />
            <source>By role</source>
            <translation>Par rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="107" />
            <source>By regional group</source>
            <translation>Par groupe régional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="113" />
            <source>The rate is partners who reported / partners expected to report: excused partners are left out, late reports count (and are shown as late). The dashed line is the strategy's 75% target.</source>
            <translation>Le taux est le nombre de partenaires ayant rapporté / partenaires attendus : les partenaires dispensés sont exclus, les rapports en retard comptent (et sont signalés en retard). La ligne pointillée est l’objectif de 75 % de la stratégie.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="120" />
            <source>Rates</source>
            <translation>Taux</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="121" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="122" />
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="123" />
            <source>Partnership health</source>
            <translation>Santé du partenariat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="184" />
            <source>This programme has no reporting cycle yet: create one with New cycle…</source>
            <translation>Ce programme n’a pas encore de cycle de rapport : créez-en un avec Nouveau cycle…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="185" />
            <source>No programme.</source>
            <translation>Aucun programme.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="197" />
            <source>meets the 75% target</source>
            <translation>atteint l’objectif de 75 %</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="197" />
            <source>below the 75% target</source>
            <translation>en dessous de l’objectif de 75 %</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="200" />
            <source>{code} {year}: {reported} of {partners} partners reported ({rate:.0%}), {verdict}; {late} late, {very_late} very late, {excused} excused; {missing} not reported, {repeated} of them repeatedly. Deadline {deadline}.</source>
            <translation>{code} {year} : {reported} partenaires sur {partners} ont rapporté ({rate:.0%}), {verdict} ; {late} en retard, {very_late} très en retard, {excused} dispensés ; {missing} n’ont pas rapporté, dont {repeated} de manière répétée. Échéance {deadline}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="221" />
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="263" />
            <source>Open the {code} reporting cycle for {year}</source>
            <translation>Ouvrir le cycle de rapport {code} pour {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="282" />
            <source>Change the {code} reporting cycle for {year}</source>
            <translation>Modifier le cycle de rapport {code} pour {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="294" />
            <source>Choose the folder for the reminders' drafts</source>
            <translation>Choisissez le dossier des brouillons de relance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="306" />
            <source>No e-mail address for: {names}.</source>
            <translation>Aucune adresse électronique pour : {names}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="307" />
            <source>{count} reminder drafts written to {folder}. Open each in your mail program to send it.</source>
            <translation>{count} brouillons de relance écrits dans {folder}. Ouvrez chacun dans votre messagerie pour l’envoyer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="320" />
            <source>Save the cycle summary</source>
            <translation>Enregistrer le résumé du cycle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="321" />
            <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
            <translation>Document PDF (*.pdf);;Feuille de calcul (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="331" />
            <source>Wrote {name} ({what})</source>
            <translation>{name} écrit ({what})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/page.py" line="335" />
            <source>Cycle summary: {code} {year}</source>
            <translation>Résumé du cycle : {code} {year}</translation>
        </message>
    </context>
    <context>
        <name>ReportingWords</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/words.py" line="31" />
            <location filename="../../opn_desk/gui/widgets/partner_health.py" line="23" />
            <source>n/a</source>
            <translation>s.o.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="197" />
            <source>page {page} of {count}</source>
            <translation>page {page} sur {count}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="282" />
            <source>{file}; its page follows this item.</source>
            <translation>{file} ; sa page suit ce point.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="283" />
            <source>{file}; its {count} pages follow this item.</source>
            <translation>{file} ; ses {count} pages suivent ce point.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="286" />
            <source>{file}; this PDF cannot be read (it may be damaged), so its pages are not in the pack; the file is kept with the desk's data.</source>
            <translation>{file} ; ce PDF est illisible (il est peut-être endommagé) : ses pages ne figurent pas dans le dossier ; le fichier est conservé avec les données du bureau.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="289" />
            <source>{file}; this PDF is protected by a password, so its pages are not in the pack; the file is kept with the desk's data.</source>
            <translation>{file} ; ce PDF est protégé par un mot de passe : ses pages ne figurent pas dans le dossier ; le fichier est conservé avec les données du bureau.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="291" />
            <source>{file}; kept with the desk's data.</source>
            <translation>{file} ; conservé avec les données du bureau.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="303" />
            <source>Cover</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="305" />
            <source>{kind} meeting, {date}</source>
            <translation>Réunion ({kind}), {date}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="306" />
            <location filename="../../opn_desk/reports/work_plan.py" line="43" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="306" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="308" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="310" />
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="311" />
            <source>Pack</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="311" />
            <source>Final</source>
            <translation>Définitif</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="312" />
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="317" />
            <location filename="../../opn_desk/reports/work_plan.py" line="40" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="318" />
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="321" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="325" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="325" />
            <source>Country or affiliation</source>
            <translation>Pays ou affiliation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="326" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="326" />
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="329" />
            <source>Nobody is invited yet.</source>
            <translation>Personne n'est encore invité.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="331" />
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="335" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="335" />
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="335" />
            <location filename="../../opn_desk/reports/meeting_pack.py" line="346" />
            <source>Presenter</source>
            <translation>Présentateur</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="336" />
            <location filename="../../opn_desk/reports/meeting_pack.py" line="348" />
            <source>Decision sought</source>
            <translation>Décision demandée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="339" />
            <source>The agenda has no items yet.</source>
            <translation>L'ordre du jour n'a encore aucun point.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="351" />
            <source>Papers</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="355" />
            <location filename="../../opn_desk/reports/meeting_pack.py" line="379" />
            <source>Paper: {title}</source>
            <translation>Document : {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="362" />
            <source>No papers for this item.</source>
            <translation>Aucun document pour ce point.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="364" />
            <source>Written comments sent in advance</source>
            <translation>Commentaires écrits envoyés à l'avance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="366" />
            <source>Written comments on item {number}</source>
            <translation>Commentaires écrits sur le point {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="314" />
            <location filename="../../opn_desk/reports/meeting_pack.py" line="371" />
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="375" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="388" />
            <source>Action items</source>
            <translation>Points d'action</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="391" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="391" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="391" />
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="410" />
            <source>Meeting pack: {title}</source>
            <translation>Dossier de réunion : {title}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/meeting_pack.py" line="413" />
            <source>Meeting pack</source>
            <translation>Dossier de réunion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="41" />
            <source>Symbol</source>
            <translation>Cote</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="42" />
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="44" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="148" />
            <source>Note by the Coordination Desk</source>
            <translation>Note du Bureau de coordination</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="47" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="151" />
            <source>The work plan has no tasks yet.</source>
            <translation>Le plan de travail n'a encore aucune tâche.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="49" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="155" />
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="49" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="155" />
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="49" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="155" />
            <source>Next steps</source>
            <translation>Prochaines étapes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan.py" line="65" />
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="135" />
            <source>Work plan progress report</source>
            <translation>Rapport d'avancement du plan de travail</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="98" />
            <source>DRAFT</source>
            <translation>PROJET</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="103" />
            <source>Page {page} of {total}</source>
            <translation>Page {page} sur {total}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="142" />
            <source>Distribution: {distribution}</source>
            <translation>Distribution : {distribution}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="117" />
            <source>{path} is a folder; give the document's file name.</source>
            <translation>{path} est un dossier ; indiquez le nom du fichier du document.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/reports/work_plan_docx.py" line="119" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>The work plan records no amounts: this plan names each task's budget line and funding source but gives no sums.</source>
            <translation>Le plan de travail n'enregistre aucun montant : ce plan indique la ligne budgétaire et la source de financement de chaque tâche, mais aucune somme.</translation>
        </message>
        <message>
            <source>Other tasks</source>
            <translation>Autres tâches</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Not yet started</source>
            <translation>Pas encore commencé</translation>
        </message>
        <message>
            <source>Ongoing-postponed</source>
            <translation>En cours - reporté</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Expected outputs</source>
            <translation>Produits attendus</translation>
        </message>
        <message>
            <source>Milestones and dates</source>
            <translation>Jalons et dates</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Ligne budgétaire</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <source>In-kind contribution</source>
            <translation>Contribution en nature</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donateur</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>One task has no budget line yet.</source>
            <translation>Une tâche n'a pas encore de ligne budgétaire.</translation>
        </message>
        <message>
            <source>Annual work plan {year}</source>
            <translation>Plan de travail annuel {year}</translation>
        </message>
        <message>
            <source>The tasks of the {programme} programme's work plan for {year}, by area and work-stream, with their expected outputs, milestones and dates, who is responsible, their budget line and their funding source: a donor, or a co-lead's contribution in kind.</source>
            <translation>Les tâches du plan de travail {year} du programme {programme}, par domaine et axe de travail, avec leurs produits attendus, leurs jalons et leurs dates, les responsables, leur ligne budgétaire et leur source de financement : un donateur, ou la contribution en nature d'un co-chef de file.</translation>
        </message>
        <message>
            <source>Funding sources</source>
            <translation>Sources de financement</translation>
        </message>
        <message>
            <source>{count} tasks have no budget line yet.</source>
            <translation>{count} tâches n'ont pas encore de ligne budgétaire.</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>Toutes les tâches</translation>
        </message>
        <message>
            <source>Annual work plan for the funding partners</source>
            <translation>Plan de travail annuel pour les partenaires financiers</translation>
        </message>
        <message>
            <source>Start: {date}</source>
            <translation>Début : {date}</translation>
        </message>
        <message>
            <source>Due: {date}</source>
            <translation>Échéance : {date}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Responsible: {who}</source>
            <translation>Responsable : {who}</translation>
        </message>
        <message>
            <source>The work plan has no tasks for {year}.</source>
            <translation>Le plan de travail n'a aucune tâche pour {year}.</translation>
        </message>
        <message>
            <source>Period: {start} – {end}</source>
            <translation>Période : {start} – {end}</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Work-stream</source>
            <translation>Axe de travail</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <source>Work plan</source>
            <translation>Plan de travail</translation>
        </message>
        <message>
            <source>Dear Sir or Madam,</source>
            <translation>Madame, Monsieur,</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Country (regional group)</source>
            <translation>Pays (groupe régional)</translation>
        </message>
        <message>
            <source>Stakeholder cluster</source>
            <translation>Groupe de parties prenantes</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <source>Alternate</source>
            <translation>Suppléant</translation>
        </message>
        <message>
            <source>Contribution offered</source>
            <translation>Contribution proposée</translation>
        </message>
        <message>
            <source>Work-streams</source>
            <translation>Axes de travail</translation>
        </message>
        <message>
            <source>Priority sectors</source>
            <translation>Secteurs prioritaires</translation>
        </message>
        <message>
            <source>Status: {status} · received {date} · reference {reference}</source>
            <translation>Statut : {status} · reçue le {date} · référence {reference}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Evaluation criteria</source>
            <translation>Critères d’évaluation</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>Évaluateurs</translation>
        </message>
        <message>
            <source>Not ranked: no scores yet</source>
            <translation>Non classé : pas encore de notes</translation>
        </message>
        <message>
            <source>Statement of interest</source>
            <translation>Déclaration d’intérêt</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historique des statuts</translation>
        </message>
        <message>
            <source>The Director</source>
            <translation>Madame la Directrice, Monsieur le Directeur</translation>
        </message>
        <message>
            <source>The coordination desk</source>
            <translation>Le secrétariat de coordination</translation>
        </message>
        <message>
            <source>Decision on your application to the {programme} programme ({reference})</source>
            <translation>Décision sur votre candidature au programme {programme} ({reference})</translation>
        </message>
        <message>
            <source>We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme, for a term from {start} to {end}.</source>
            <translation>Nous avons le plaisir de vous informer que la candidature de {organisation} a été acceptée : {organisation} est désormais {role} du programme {programme} du One Planet network, pour un mandat du {start} au {end}.</translation>
        </message>
        <message>
            <source>(shortened: {count} words in full)</source>
            <translation>(abrégé : {count} mots en entier)</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigle</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Role applied for</source>
            <translation>Rôle demandé</translation>
        </message>
        <message>
            <source>Contribution details</source>
            <translation>Détails de la contribution</translation>
        </message>
        <message>
            <source>No evaluation criteria apply to this application.</source>
            <translation>Aucun critère d’évaluation ne s’applique à cette candidature.</translation>
        </message>
        <message>
            <source>No reviewer has scored this application yet.</source>
            <translation>Aucun évaluateur n’a encore noté cette candidature.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Reviewers' comments</source>
            <translation>Commentaires des évaluateurs</translation>
        </message>
        <message>
            <source>Declared conflicts of interest (these reviewers did not score)</source>
            <translation>Conflits d’intérêts déclarés (ces évaluateurs n’ont pas noté)</translation>
        </message>
        <message>
            <source>No status changes recorded.</source>
            <translation>Aucun changement de statut enregistré.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>MAC opinion</source>
            <translation>Avis du MAC</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>Fiche de candidature</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Review pack for the Multi-stakeholder Advisory Committee</source>
            <translation>Dossier d’évaluation pour le Comité consultatif multipartite</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <source>One section per application, in ranking order.</source>
            <translation>Une section par candidature, dans l’ordre du classement.</translation>
        </message>
        <message>
            <source>Review pack</source>
            <translation>Dossier d’évaluation</translation>
        </message>
        <message>
            <source>For the Multi-stakeholder Advisory Committee (MAC). Confidential: for the committee's deliberation only; please do not forward.</source>
            <translation>Pour le Comité consultatif multipartite (MAC). Confidentiel : réservé aux délibérations du comité ; merci de ne pas le transmettre.</translation>
        </message>
        <message>
            <source>No applications.</source>
            <translation>Aucune candidature.</translation>
        </message>
        <message>
            <source>No evaluation criteria are set for this call.</source>
            <translation>Aucun critère d’évaluation n’est défini pour cet appel.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Aucune évaluation pour l’instant.</translation>
        </message>
        <message>
            <source>Rank {rank} of {count} · weighted total {total}</source>
            <translation>Rang {rank} sur {count} · total pondéré {total}</translation>
        </message>
        <message>
            <source>Opinion and decision</source>
            <translation>Avis et décision</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>À l’attention de {name},</translation>
        </message>
        <message>
            <source>The coordination desk will first check that the application is complete and eligible. It is then reviewed against the published evaluation criteria, with the opinion of the Multi-stakeholder Advisory Committee, before a decision is taken.</source>
            <translation>Le secrétariat de coordination vérifiera d’abord que la candidature est complète et recevable. Elle est ensuite évaluée au regard des critères d’évaluation publiés, avec l’avis du Comité consultatif multipartite, avant qu’une décision soit prise.</translation>
        </message>
        <message>
            <source>The coordination desk will first check that the application is complete and eligible. It is then reviewed against the published evaluation criteria before a decision is taken.</source>
            <translation>Le secrétariat de coordination vérifiera d’abord que la candidature est complète et recevable. Elle est ensuite évaluée au regard des critères d’évaluation publiés avant qu’une décision soit prise.</translation>
        </message>
        <message>
            <source>Your application to the {programme} programme ({reference})</source>
            <translation>Votre candidature au programme {programme} ({reference})</translation>
        </message>
        <message>
            <source>Acknowledgement: {organisation}</source>
            <translation>Accusé de réception : {organisation}</translation>
        </message>
        <message>
            <source>We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme, from {start}.</source>
            <translation>Nous avons le plaisir de vous informer que la candidature de {organisation} a été acceptée : {organisation} est désormais {role} du programme {programme} du One Planet network, à partir du {start}.</translation>
        </message>
        <message>
            <source>We are pleased to inform you that the application of {organisation} has been accepted: {organisation} is now a {role} of the One Planet network's {programme} programme.</source>
            <translation>Nous avons le plaisir de vous informer que la candidature de {organisation} a été acceptée : {organisation} est désormais {role} du programme {programme} du One Planet network.</translation>
        </message>
        <message>
            <source>The coordination desk will contact your representative shortly about the next steps. Thank you for your commitment to sustainable consumption and production.</source>
            <translation>Le secrétariat de coordination contactera prochainement votre représentant au sujet des prochaines étapes. Merci de votre engagement en faveur de la consommation et de la production durables.</translation>
        </message>
        <message>
            <source>Decision: {organisation}</source>
            <translation>Décision : {organisation}</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Weighted total</source>
            <translation>Total pondéré</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Mandat</translation>
        </message>
        <message>
            <source>This call has no applications yet.</source>
            <translation>Cet appel n’a encore aucune candidature.</translation>
        </message>
        <message>
            <source>Call open</source>
            <translation>Appel ouvert</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>Préparé</translation>
        </message>
        <message>
            <source>Applications by status: {counts}.</source>
            <translation>Candidatures par statut : {counts}.</translation>
        </message>
        <message>
            <source>What it looks at</source>
            <translation>Ce qu’il examine</translation>
        </message>
        <message>
            <source>Not ranked · weighted total {total}</source>
            <translation>Non classé · total pondéré {total}</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Yours sincerely,</source>
            <translation>Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.</translation>
        </message>
        <message>
            <source>We will write to you again when a decision has been taken. If anything in your application changes in the meantime, please tell us, quoting the reference {reference}.</source>
            <translation>Nous vous écrirons de nouveau lorsqu’une décision aura été prise. Si un élément de votre candidature change entre-temps, merci de nous le signaler en rappelant la référence {reference}.</translation>
        </message>
        <message>
            <source>Reviewers: {names}</source>
            <translation>Évaluateurs : {names}</translation>
        </message>
        <message>
            <source>! Reviewers disagree largely (scores {spread} or more points apart) on: {criteria}.</source>
            <translation>! Les évaluateurs divergent fortement (notes écartées de {spread} points ou plus) sur : {criteria}.</translation>
        </message>
        <message>
            <source>The {count} latest of {total} status changes:</source>
            <translation>Les {count} derniers des {total} changements de statut :</translation>
        </message>
        <message>
            <source>Application: {organisation}</source>
            <translation>Candidature : {organisation}</translation>
        </message>
        <message>
            <source>Application {reference} · printed {date}</source>
            <translation>Candidature {reference} · imprimée le {date}</translation>
        </message>
        <message>
            <source>Application {reference}</source>
            <translation>Candidature {reference}</translation>
        </message>
        <message>
            <source>Weighted total (0 to {max})</source>
            <translation>Total pondéré (0 à {max})</translation>
        </message>
        <message>
            <source>! Reviewers disagree largely on the marked criteria (scores {spread} or more points apart).</source>
            <translation>! Les évaluateurs divergent fortement sur les critères marqués (notes écartées de {spread} points ou plus).</translation>
        </message>
        <message>
            <source>Review pack: {call}</source>
            <translation>Dossier d’évaluation : {call}</translation>
        </message>
        <message>
            <source>The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum of the weights of the criteria that have scores; scores run from 0 to {max}. Applications without scores, and withdrawn ones, are not ranked. Equal totals share a rank (shown as 2=). "!" marks criteria on which reviewers' scores lie {spread} or more points apart.</source>
            <translation>Le total pondéré est la somme, sur les critères, de la pondération × la note moyenne des évaluateurs, divisée par la somme des pondérations des critères notés ; les notes vont de 0 à {max}. Les candidatures sans notes, et celles retirées, ne sont pas classées. Des totaux égaux partagent un rang (affiché 2=). « ! » marque les critères sur lesquels les notes des évaluateurs sont écartées de {spread} points ou plus.</translation>
        </message>
        <message>
            <source>received {date} · reference {reference}</source>
            <translation>reçue le {date} · référence {reference}</translation>
        </message>
        <message>
            <source>Reference {reference}</source>
            <translation>Référence {reference}</translation>
        </message>
        <message>
            <source>Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}, which we received on {date}, in answer to the call “{call}”.</source>
            <translation>Nous vous remercions de la candidature de {organisation} pour rejoindre le programme {programme} du One Planet network en tant que {role}, que nous avons reçue le {date}, en réponse à l’appel « {call} ».</translation>
        </message>
        <message>
            <source>Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}, which we received on {date}.</source>
            <translation>Nous vous remercions de la candidature de {organisation} pour rejoindre le programme {programme} du One Planet network en tant que {role}, que nous avons reçue le {date}.</translation>
        </message>
        <message>
            <source>The application of {organisation} has no decision yet, so there is no decision letter to write.</source>
            <translation>La candidature de {organisation} n’a pas encore de décision, il n’y a donc pas de lettre de décision à écrire.</translation>
        </message>
        <message>
            <source>{reviewer} on {criterion}: {comment}</source>
            <translation>{reviewer} sur {criterion} : {comment}</translation>
        </message>
        <message>
            <source>Application to {programme} ({code}) as {role}</source>
            <translation>Candidature à {programme} ({code}) en tant que {role}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>{count} ({ranked} ranked)</source>
            <translation>{count} ({ranked} classées)</translation>
        </message>
        <message>
            <source>{date}, with OPN Desk</source>
            <translation>{date}, avec OPN Desk</translation>
        </message>
        <message>
            <source>The decision not to accept {organisation} has no rationale; record one before writing the letter.</source>
            <translation>La décision de ne pas accepter {organisation} n’a pas de motifs ; enregistrez-en avant d’écrire la lettre.</translation>
        </message>
        <message>
            <source>Thank you for the application of {organisation} to join the One Planet network's {programme} programme as {role}. After careful review, we regret to inform you that it has not been accepted, for the following reasons.</source>
            <translation>Nous vous remercions de la candidature de {organisation} pour rejoindre le programme {programme} du One Planet network en tant que {role}. Après un examen attentif, nous avons le regret de vous informer qu’elle n’a pas été acceptée, pour les raisons suivantes.</translation>
        </message>
        <message>
            <source>Your organisation remains welcome to take part in the network's work and to apply again in a future call. Please quote the reference {reference} in any correspondence.</source>
            <translation>Votre organisation reste la bienvenue pour participer aux travaux du réseau et pour présenter une nouvelle candidature lors d’un prochain appel. Merci de rappeler la référence {reference} dans toute correspondance.</translation>
        </message>
        <message>
            <source>{reviewer}, declared {date}</source>
            <translation>{reviewer}, déclaré le {date}</translation>
        </message>
        <message>
            <source>from {start}</source>
            <translation>à partir du {start}</translation>
        </message>
        <message>
            <source>! Large disagreement between reviewers on: {criteria}</source>
            <translation>! Fort désaccord entre les évaluateurs sur : {criteria}</translation>
        </message>
        <message>
            <source>One Planet network</source>
            <translation>One Planet network</translation>
        </message>
        <message>
            <source>The font file {file} is missing from this installation of OPN Desk ({path}).</source>
            <translation>Le fichier de police {file} manque dans cette installation d’OPN Desk ({path}).</translation>
        </message>
        <message>
            <source>{path} is a folder; give the PDF file's name.</source>
            <translation>{path} est un dossier ; donnez le nom du fichier PDF.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>Le dossier {path} n’existe pas.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Terms run from their first to their last day. A member whose term has ended stays in office until a successor is appointed (holding over).</source>
            <translation>Les mandats courent de leur premier à leur dernier jour. Un membre dont le mandat a pris fin reste en fonction jusqu’à la nomination d’un successeur (prolongation).</translation>
        </message>
        <message>
            <source>holding over</source>
            <translation>en prolongation</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>At the edge</source>
            <translation>À la limite</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>Non respectée</translation>
        </message>
        <message>
            <source>All four steps are done</source>
            <translation>Les quatre étapes sont terminées</translation>
        </message>
        <message>
            <source>FINAL</source>
            <translation>DÉFINITIF</translation>
        </message>
        <message>
            <source>DRAFT — for discussion, not for circulation</source>
            <translation>PROJET — pour discussion, ne pas diffuser</translation>
        </message>
        <message>
            <source>no call linked yet</source>
            <translation>aucun appel lié pour l’instant</translation>
        </message>
        <message>
            <source>Incumbent</source>
            <translation>Titulaire</translation>
        </message>
        <message>
            <source>Applicant (incumbent)</source>
            <translation>Candidat (titulaire)</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Actual (done)</source>
            <translation>Réel (terminé)</translation>
        </message>
        <message>
            <source>Actual (in progress, to today)</source>
            <translation>Réel (en cours, jusqu’à aujourd’hui)</translation>
        </message>
        <message>
            <source>leadership renewal dossier (summary)</source>
            <translation>dossier de renouvellement de la direction (résumé)</translation>
        </message>
        <message>
            <source>leadership renewal dossier</source>
            <translation>dossier de renouvellement de la direction</translation>
        </message>
        <message>
            <source>Leadership renewal summary: {name}</source>
            <translation>Résumé du renouvellement de la direction : {name}</translation>
        </message>
        <message>
            <source>Leadership renewal dossier: {name}</source>
            <translation>Dossier de renouvellement de la direction : {name}</translation>
        </message>
        <message>
            <source>Candidate profiles</source>
            <translation>Profils des candidats</translation>
        </message>
        <message>
            <source>One section per candidate, in the order of the summary (best weighted total first).</source>
            <translation>Une section par candidat, dans l’ordre du récapitulatif (meilleur total pondéré d’abord).</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>The full dossier holds the process and its timeline, the current leadership and their terms, the candidates' records in the network, the succession plan, the external review's checklist and the annexes.</source>
            <translation>Le dossier complet contient le processus et son calendrier, la direction actuelle et ses mandats, le parcours des candidats dans le réseau, le plan de succession, la liste de contrôle de l’examen externe et les annexes.</translation>
        </message>
        <message>
            <source>The decision: the proposed leadership</source>
            <translation>La décision : la direction proposée</translation>
        </message>
        <message>
            <source>The candidates</source>
            <translation>Les candidats</translation>
        </message>
        <message>
            <source>Half a page per candidate, best weighted total first. Scores run from 0 to 5; the weights are each criterion's share of the weighted total.</source>
            <translation>Une demi-page par candidat, meilleur total pondéré d’abord. Les notes vont de 0 à 5 ; les pondérations sont la part de chaque critère dans le total pondéré.</translation>
        </message>
        <message>
            <source>Candidate as</source>
            <translation>Candidat en tant que</translation>
        </message>
        <message>
            <source>Incumbent co-lead seeking renewal</source>
            <translation>Co-responsable titulaire demandant le renouvellement</translation>
        </message>
        <message>
            <source>Step {number} of 4: {title}</source>
            <translation>Étape {number} sur 4 : {title}</translation>
        </message>
        <message>
            <source>For the Multi-stakeholder Advisory Committee (MAC) and the Board of the One Planet network. Confidential: for the committee's and the Board's deliberation only.</source>
            <translation>Pour le Comité consultatif multipartite (MAC) et le Conseil du One Planet network. Confidentiel : réservé aux délibérations du comité et du Conseil.</translation>
        </message>
        <message>
            <source>The renewal process</source>
            <translation>Le processus de renouvellement</translation>
        </message>
        <message>
            <source>The renewal follows four steps agreed by the coordination desks: (1) the leads and the Secretariat agree on the need, the steps and the timeline; (2) an open call for expressions of interest; (3) the review of the applications against the evaluation criteria, with the MAC's opinion, consulting the coordination desk; (4) the submission to the Board.</source>
            <translation>Le renouvellement suit quatre étapes convenues par les secrétariats de coordination : (1) les responsables et le Secrétariat conviennent du besoin, des étapes et du calendrier ; (2) un appel ouvert à manifestations d’intérêt ; (3) l’examen des candidatures au regard des critères d’évaluation, avec l’avis du MAC, en consultant le secrétariat de coordination ; (4) la soumission au Conseil.</translation>
        </message>
        <message>
            <source>Timeline: planned and actual</source>
            <translation>Calendrier : prévu et réel</translation>
        </message>
        <message>
            <source>Dates, responsibilities and evidence of each step are in Annex B.</source>
            <translation>Les dates, responsabilités et justificatifs de chaque étape figurent à l’annexe B.</translation>
        </message>
        <message>
            <source>Current leadership and their terms</source>
            <translation>La direction actuelle et ses mandats</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Commitment offered</source>
            <translation>Engagement proposé</translation>
        </message>
        <message>
            <source>Record in the network</source>
            <translation>Parcours dans le réseau</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Équilibre</translation>
        </message>
        <message>
            <source>Balance rules</source>
            <translation>Règles d’équilibre</translation>
        </message>
        <message>
            <source>Succession planning to 2030</source>
            <translation>Planification de la succession jusqu’en 2030</translation>
        </message>
        <message>
            <source>The external review's recommendations</source>
            <translation>Les recommandations de l’examen externe</translation>
        </message>
        <message>
            <source>Annex A: Evaluation criteria</source>
            <translation>Annexe A : Critères d’évaluation</translation>
        </message>
        <message>
            <source>Scores run from 0 to 5; each candidate's weighted total uses these weights.</source>
            <translation>Les notes vont de 0 à 5 ; le total pondéré de chaque candidat utilise ces pondérations.</translation>
        </message>
        <message>
            <source>Annex B: The process steps</source>
            <translation>Annexe B : Les étapes du processus</translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} octets</translation>
        </message>
        <message>
            <source>This is a past date: the composition is computed from the recorded terms.</source>
            <translation>C’est une date passée : la composition est calculée à partir des mandats enregistrés.</translation>
        </message>
        <message>
            <source>Country (group)</source>
            <translation>Pays (groupe)</translation>
        </message>
        <message>
            <source>Term from / to</source>
            <translation>Mandat du / au</translation>
        </message>
        <message>
            <source>Term no.</source>
            <translation>Mandat n°</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Responsables</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Leadership renewal dossier for the MAC and the Board</source>
            <translation>Dossier de renouvellement de la direction pour le MAC et le Conseil</translation>
        </message>
        <message>
            <source>There are no candidates yet.</source>
            <translation>Il n’y a pas encore de candidats.</translation>
        </message>
        <message>
            <source>Leadership renewal: summary for the Board</source>
            <translation>Renouvellement de la direction : résumé pour le Conseil</translation>
        </message>
        <message>
            <source>Why proposed</source>
            <translation>Motif de la proposition</translation>
        </message>
        <message>
            <source>Rank {rank} · weighted total {total}</source>
            <translation>Rang {rank} · total pondéré {total}</translation>
        </message>
        <message>
            <source>proposed for the leadership</source>
            <translation>proposé pour la direction</translation>
        </message>
        <message>
            <source>{count} lead</source>
            <translation>{count} responsable</translation>
        </message>
        <message>
            <source>{count} leads</source>
            <translation>{count} responsables</translation>
        </message>
        <message>
            <source>Applicant, {status}</source>
            <translation>Candidat, {status}</translation>
        </message>
        <message>
            <source>an incumbent co-lead</source>
            <translation>co-responsable titulaire</translation>
        </message>
        <message>
            <source>Leadership renewal dossier</source>
            <translation>Dossier de renouvellement de la direction</translation>
        </message>
        <message>
            <source>No co-lead is in office on this date.</source>
            <translation>Aucun co-responsable n’est en fonction à cette date.</translation>
        </message>
        <message>
            <source>Holding over</source>
            <translation>En prolongation</translation>
        </message>
        <message>
            <source>The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum of the weights of the criteria scored (0 to 5). Withdrawn applications are left out.</source>
            <translation>Le total pondéré est la somme, sur les critères, de la pondération × la note moyenne des évaluateurs, divisée par la somme des pondérations des critères notés (0 à 5). Les candidatures retirées sont exclues.</translation>
        </message>
        <message>
            <source>Short forms where a column is narrow: Africa; Asia-Pacific; Eastern Europe; GRULAC, Latin America and the Caribbean; WEOG, Western Europe and Others. UN / IGO: UN and other inter-governmental organisations. MAC: the MAC's opinion is recorded.</source>
            <translation>Formes abrégées quand une colonne est étroite : Afrique ; Asie-Pacifique ; Europe orientale ; GRULAC, Amérique latine et Caraïbes ; WEOG, Europe occidentale et autres États. ONU / OIG : organismes des Nations Unies et autres organisations intergouvernementales. MAC : l’avis du MAC est enregistré.</translation>
        </message>
        <message>
            <source>No opinion recorded yet.</source>
            <translation>Aucun avis enregistré pour l’instant.</translation>
        </message>
        <message>
            <source>No membership in any programme yet.</source>
            <translation>Aucune adhésion à un programme pour l’instant.</translation>
        </message>
        <message>
            <source>No evaluation criteria apply (no call is linked to the process).</source>
            <translation>Aucun critère d’évaluation ne s’applique (aucun appel n’est lié au processus).</translation>
        </message>
        <message>
            <source>Weighted total (0 to 5)</source>
            <translation>Total pondéré (0 à 5)</translation>
        </message>
        <message>
            <source>! Reviewers' scores lie 2 or more points apart on the marked criteria.</source>
            <translation>! Les notes des évaluateurs sont écartées de 2 points ou plus sur les critères marqués.</translation>
        </message>
        <message>
            <source>The proposed leadership</source>
            <translation>La direction proposée</translation>
        </message>
        <message>
            <source>No leadership has been proposed yet.</source>
            <translation>Aucune direction n’a encore été proposée.</translation>
        </message>
        <message>
            <source>More than three leads may be brought in to improve the programme's coordination capacity. The balance below is counted over the proposed leads and re-checked against the same balance rules as the core-partner selection, for this many seats.</source>
            <translation>Plus de trois responsables peuvent être retenus pour renforcer la capacité de coordination du programme. L’équilibre ci-dessous est compté sur les responsables proposés et revérifié au regard des mêmes règles d’équilibre que la sélection des partenaires principaux, pour ce nombre de sièges.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Every rule is met.</source>
            <translation>Chaque règle est respectée.</translation>
        </message>
        <message>
            <source>No succession plan has been recorded yet.</source>
            <translation>Aucun plan de succession n’a encore été enregistré.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Ticked by</source>
            <translation>Cochée par</translation>
        </message>
        <message>
            <source>No evaluation criteria yet: the process has no co-lead call linked.</source>
            <translation>Pas encore de critères d’évaluation : le processus n’a pas d’appel de co-responsables lié.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Justificatifs</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>Roster of co-leads and core partners</source>
            <translation>Tableau de composition des co-responsables et des partenaires principaux</translation>
        </message>
        <message>
            <source>Co-leads</source>
            <translation>Co-responsables</translation>
        </message>
        <message>
            <source>Core partners (the MAC)</source>
            <translation>Partenaires principaux (le MAC)</translation>
        </message>
        <message>
            <source>{ordinal}, since {year}</source>
            <translation>{ordinal}, depuis {year}</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sans fin</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Bounds for these seats</source>
            <translation>Limites pour ces sièges</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Où en est le processus</translation>
        </message>
        <message>
            <source>Call for expressions of interest</source>
            <translation>Appel à manifestations d’intérêt</translation>
        </message>
        <message>
            <source>Proposed leadership</source>
            <translation>Direction proposée</translation>
        </message>
        <message>
            <source>Renewal process</source>
            <translation>Processus de renouvellement</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>The co-leads in office on {date}. Co-leads serve two-year commitments, renewable; a member whose term has ended stays in office until a successor is appointed (holding over).</source>
            <translation>Les co-responsables en fonction le {date}. Les co-responsables s’engagent pour deux ans, renouvelables ; un membre dont le mandat a pris fin reste en fonction jusqu’à la nomination d’un successeur (prolongation).</translation>
        </message>
        <message>
            <source>Seeks renewal</source>
            <translation>Demande le renouvellement</translation>
        </message>
        <message>
            <source>Does not seek renewal</source>
            <translation>Ne demande pas le renouvellement</translation>
        </message>
        <message>
            <source>Renewal not stated</source>
            <translation>Renouvellement non indiqué</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renouvellement</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>By regional group</source>
            <translation>Par groupe régional</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <source>By stakeholder cluster</source>
            <translation>Par groupe de parties prenantes</translation>
        </message>
        <message>
            <source>By the representatives' gender (counts only)</source>
            <translation>Selon le genre des représentants (effectifs seulement)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>The rules are those of the core-partner selection (SPP ToR 2.2); with few seats not every group and cluster can be represented.</source>
            <translation>Les règles sont celles de la sélection des partenaires principaux (mandat SPP 2.2) ; avec peu de sièges, tous les groupes ne peuvent pas être représentés.</translation>
        </message>
        <message>
            <source>Were the external review's recommendations on leadership taken on board? {done} of {count} items ticked.</source>
            <translation>Les recommandations de l’examen externe sur la direction ont-elles été prises en compte ? {done} points cochés sur {count}.</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>Clôturée par</translation>
        </message>
        <message>
            <source>Closed out of order</source>
            <translation>Clôturée hors séquence</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Tableau de composition</translation>
        </message>
        <message>
            <source>No core partner is in office on this date.</source>
            <translation>Aucun partenaire principal n’est en fonction à cette date.</translation>
        </message>
        <message>
            <source>This is a future date: the terms are shown as they stand on {date}; nobody is assumed to hold over beyond that day.</source>
            <translation>C’est une date future : les mandats sont présentés tels qu’ils sont le {date} ; personne n’est supposé en prolongation au-delà de ce jour.</translation>
        </message>
        <message>
            <source>not yet proposed</source>
            <translation>pas encore proposée</translation>
        </message>
        <message>
            <source>DRAFT: for discussion, not for circulation</source>
            <translation>PROJET : pour discussion, ne pas diffuser</translation>
        </message>
        <message>
            <source>Step {number} was closed before step {previous} was done, by {who}: {reason}</source>
            <translation>L’étape {number} a été clôturée avant la fin de l’étape {previous}, par {who} : {reason}</translation>
        </message>
        <message>
            <source>Not scored yet: {criteria}.</source>
            <translation>Pas encore noté : {criteria}.</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>Étape {number} : {title}</translation>
        </message>
        <message>
            <source>Roster: {name}</source>
            <translation>Tableau de composition : {name}</translation>
        </message>
        <message>
            <source>{code} roster as of {date} · printed {printed}</source>
            <translation>Tableau de composition {code} au {date} · imprimé le {printed}</translation>
        </message>
        <message>
            <source>Roster of the {name} programme</source>
            <translation>Tableau de composition du programme {name}</translation>
        </message>
        <message>
            <source>Composition on {date}</source>
            <translation>Composition au {date}</translation>
        </message>
        <message>
            <source>Alternate: {name}</source>
            <translation>Suppléant : {name}</translation>
        </message>
        <message>
            <source>MAC opinion.</source>
            <translation>Avis du MAC.</translation>
        </message>
        <message>
            <source>term ends {date}</source>
            <translation>mandat se terminant le {date}</translation>
        </message>
        <message>
            <source>{ordinal} (since {year})</source>
            <translation>{ordinal} (depuis {year})</translation>
        </message>
        <message>
            <source>{candidates}: {who}</source>
            <translation>{candidates} : {who}</translation>
        </message>
        <message>
            <source>In the network since {date} ({count} year).</source>
            <translation>Dans le réseau depuis le {date} ({count} an).</translation>
        </message>
        <message>
            <source>In the network since {date} ({count} years).</source>
            <translation>Dans le réseau depuis le {date} ({count} ans).</translation>
        </message>
        <message>
            <source>{count} lead proposed.</source>
            <translation>{count} responsable proposé.</translation>
        </message>
        <message>
            <source>{count} leads proposed.</source>
            <translation>{count} responsables proposés.</translation>
        </message>
        <message>
            <source>at least {count}</source>
            <translation>au moins {count}</translation>
        </message>
        <message>
            <source>at most {count}</source>
            <translation>au plus {count}</translation>
        </message>
        <message>
            <source>{count} rule is broken (marked).</source>
            <translation>{count} règle n’est pas respectée (marquée).</translation>
        </message>
        <message>
            <source>{count} rules are broken (marked).</source>
            <translation>{count} règles ne sont pas respectées (marquées).</translation>
        </message>
        <message>
            <source>{count} candidate</source>
            <translation>{count} candidat</translation>
        </message>
        <message>
            <source>{count} candidates</source>
            <translation>{count} candidats</translation>
        </message>
        <message>
            <source>the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbent).</source>
            <translation>les candidatures de co-responsables à l’appel et les co-responsables titulaires demandant le renouvellement ({count} titulaire).</translation>
        </message>
        <message>
            <source>the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbents).</source>
            <translation>les candidatures de co-responsables à l’appel et les co-responsables titulaires demandant le renouvellement ({count} titulaires).</translation>
        </message>
        <message>
            <source>no partners</source>
            <translation>aucun partenaire</translation>
        </message>
        <message>
            <source>met</source>
            <translation>atteint</translation>
        </message>
        <message>
            <source>Rates</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Activities by category</source>
            <translation>Activités par catégorie</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Faits marquants</translation>
        </message>
        <message>
            <source>Non-reporters</source>
            <translation>Partenaires sans rapport</translation>
        </message>
        <message>
            <source>HLPF</source>
            <translation>FPHN</translation>
        </message>
        <message>
            <source>{points} points below</source>
            <translation>{points} points en dessous</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Ventilation</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>A rapporté</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Against the target</source>
            <translation>Par rapport à la cible</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>What changed in practice</source>
            <translation>Ce qui a changé dans les pratiques</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Days past the deadline</source>
            <translation>Jours après la date limite</translation>
        </message>
        <message>
            <source>Cycles missed in a row</source>
            <translation>Cycles manqués d’affilée</translation>
        </message>
        <message>
            <source>Repeated non-reporter</source>
            <translation>Absence de rapport répétée</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Point focal</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>à faire</translation>
        </message>
        <message>
            <source>late</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>very late</source>
            <translation>très en retard</translation>
        </message>
        <message>
            <source>Over the years</source>
            <translation>Au fil des ans</translation>
        </message>
        <message>
            <source>Programmes this year</source>
            <translation>Programmes cette année</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Network ({year})</source>
            <translation>Réseau ({year})</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>1 candidate, an incumbent</source>
            <translation>1 candidat, titulaire</translation>
        </message>
        <message>
            <source>1 candidate, not an incumbent</source>
            <translation>1 candidat, non titulaire</translation>
        </message>
        <message>
            <source>{count} candidates, {incumbents} of them incumbents</source>
            <translation>{count} candidats, dont {incumbents} titulaires</translation>
        </message>
        <message>
            <source>The proposed slate</source>
            <translation>La liste proposée</translation>
        </message>
        <message>
            <source>The hand-picked slate</source>
            <translation>La liste choisie à la main</translation>
        </message>
        <message>
            <source>The closest workable slate</source>
            <translation>La liste réalisable la plus proche</translation>
        </message>
        <message>
            <source>The slate</source>
            <translation>La liste</translation>
        </message>
        <message>
            <source>optimal under the rules</source>
            <translation>optimale selon les règles</translation>
        </message>
        <message>
            <source>hand-picked by the desk</source>
            <translation>choisie à la main par le secrétariat</translation>
        </message>
        <message>
            <source>closest workable (the rules cannot all be met)</source>
            <translation>réalisable la plus proche (les règles ne peuvent pas toutes être respectées)</translation>
        </message>
        <message>
            <source>none possible</source>
            <translation>aucune possible</translation>
        </message>
        <message>
            <source>Call closed</source>
            <translation>Appel clos le</translation>
        </message>
        <message>
            <source>Incumbents counted on</source>
            <translation>Titulaires comptés au</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Sièges</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Vivier</translation>
        </message>
        <message>
            <source>Slate</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>The Terms of Reference (section 2.2) ask that the core partners' composition strive for geographic balance over the five UN regional groups, stakeholder balance over the five clusters, at least 50% female designated representatives, and both continuity and change. This report shows the rules the desk set for this call, the pool, the slate and how it meets each rule.</source>
            <translation>Le mandat (section 2.2) demande que la composition des partenaires principaux vise l’équilibre géographique entre les cinq groupes régionaux de l’ONU, l’équilibre entre les cinq groupes de parties prenantes, au moins 50 % de représentantes désignées, ainsi que la continuité et le renouvellement. Ce rapport présente les règles fixées par le secrétariat pour cet appel, le vivier, la liste et la manière dont elle respecte chaque règle.</translation>
        </message>
        <message>
            <source>The balance rules</source>
            <translation>Les règles d’équilibre</translation>
        </message>
        <message>
            <source>Pins</source>
            <translation>Épinglages</translation>
        </message>
        <message>
            <source>The pool</source>
            <translation>Le vivier</translation>
        </message>
        <message>
            <source>Representative's gender (counts only)</source>
            <translation>Genre du représentant (effectifs seulement)</translation>
        </message>
        <message>
            <source>By representative's gender (counts only)</source>
            <translation>Selon le genre du représentant (effectifs seulement)</translation>
        </message>
        <message>
            <source>Rule by rule</source>
            <translation>Règle par règle</translation>
        </message>
        <message>
            <source>By region, cluster and gender</source>
            <translation>Par région, groupe de parties prenantes et genre</translation>
        </message>
        <message>
            <source>Representative's gender</source>
            <translation>Genre du représentant</translation>
        </message>
        <message>
            <source>Alternates</source>
            <translation>Remplaçants</translation>
        </message>
        <message>
            <source>The next best candidates who could step in, each replacing one member of the slate without breaking any rule (single swaps; pinned candidates stay).</source>
            <translation>Les meilleurs candidats suivants qui pourraient entrer, chacun remplaçant un membre de la liste sans enfreindre aucune règle (échanges simples ; les candidats épinglés restent).</translation>
        </message>
        <message>
            <source>Trade-offs: why the rules cannot all be met</source>
            <translation>Arbitrages : pourquoi les règles ne peuvent pas toutes être respectées</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Scénarios comparés</translation>
        </message>
        <message>
            <source>Who differs</source>
            <translation>Qui diffère</translation>
        </message>
        <message>
            <source>The desk's notes</source>
            <translation>Les notes du secrétariat</translation>
        </message>
        <message>
            <source>{count} candidates, none of them an incumbent</source>
            <translation>{count} candidats, aucun titulaire</translation>
        </message>
        <message>
            <source>{count} candidates, 1 of them an incumbent</source>
            <translation>{count} candidats, dont 1 titulaire</translation>
        </message>
        <message>
            <source>{count} candidates, all of them incumbents</source>
            <translation>{count} candidats, tous titulaires</translation>
        </message>
        <message>
            <source>saved for this round</source>
            <translation>enregistrées pour cette sélection</translation>
        </message>
        <message>
            <source>the Terms of Reference's defaults (not saved yet)</source>
            <translation>celles par défaut du mandat (pas encore enregistrées)</translation>
        </message>
        <message>
            <source>Core-partner selection</source>
            <translation>Sélection des partenaires principaux</translation>
        </message>
        <message>
            <source>No balance rules are set: the slate is simply the best total score.</source>
            <translation>Aucune règle d’équilibre n’est fixée : la liste est simplement le meilleur score total.</translation>
        </message>
        <message>
            <source>No candidate is pinned in or out.</source>
            <translation>Aucun candidat n’est épinglé dedans ni dehors.</translation>
        </message>
        <message>
            <source>In the pool as</source>
            <translation>Dans le vivier en tant que</translation>
        </message>
        <message>
            <source>Incumbents not seeking renewal</source>
            <translation>Titulaires ne demandant pas le renouvellement</translation>
        </message>
        <message>
            <source>Core partners in office on the day incumbency is counted who did not apply and have not said they seek renewal; they are not in the pool.</source>
            <translation>Les partenaires principaux en fonction le jour où les titulaires sont comptés qui n’ont pas candidaté et n’ont pas demandé le renouvellement ; ils ne sont pas dans le vivier.</translation>
        </message>
        <message>
            <source>The slate with the highest total score ({score}) among those that meet every rule and pin, found by integer programming (HiGHS, exact).</source>
            <translation>La liste au score total le plus élevé ({score}) parmi celles qui respectent chaque règle et chaque épinglage, trouvée par programmation en nombres entiers (HiGHS, exacte).</translation>
        </message>
        <message>
            <source>The rules cannot all be met. This is the closest workable slate: it breaks the rules as little as possible (see the trade-offs), then has the best total score.</source>
            <translation>Les règles ne peuvent pas toutes être respectées. Voici la liste réalisable la plus proche : elle enfreint les règles le moins possible (voir les arbitrages), puis a le meilleur score total.</translation>
        </message>
        <message>
            <source>No slate can be formed: the seats and pins alone cannot be met (see the trade-offs).</source>
            <translation>Aucune liste ne peut être formée : les sièges et les épinglages à eux seuls ne peuvent pas être respectés (voir les arbitrages).</translation>
        </message>
        <message>
            <source>No candidate has been picked yet.</source>
            <translation>Aucun candidat n’a encore été choisi.</translation>
        </message>
        <message>
            <source>No balance rules are set.</source>
            <translation>Aucune règle d’équilibre n’est fixée.</translation>
        </message>
        <message>
            <source>There is no slate, so there are no alternates.</source>
            <translation>Il n’y a pas de liste, donc pas de remplaçants.</translation>
        </message>
        <message>
            <source>Alternates are listed for a slate that meets every rule; this one breaks some.</source>
            <translation>Les remplaçants sont listés pour une liste qui respecte chaque règle ; celle-ci en enfreint certaines.</translation>
        </message>
        <message>
            <source>No candidate outside the slate can replace a member without breaking a rule.</source>
            <translation>Aucun candidat hors de la liste ne peut remplacer un membre sans enfreindre une règle.</translation>
        </message>
        <message>
            <source>Could come in</source>
            <translation>Pourrait entrer</translation>
        </message>
        <message>
            <source>Replacing</source>
            <translation>En remplaçant</translation>
        </message>
        <message>
            <source>Score change</source>
            <translation>Variation du score</translation>
        </message>
        <message>
            <source>The conflicting rules</source>
            <translation>Les règles en conflit</translation>
        </message>
        <message>
            <source>What the closest slate relaxes</source>
            <translation>Ce que la liste la plus proche assouplit</translation>
        </message>
        <message>
            <source>No scenario has been saved for this round.</source>
            <translation>Aucun scénario n’a été enregistré pour cette sélection.</translation>
        </message>
        <message>
            <source>No notes recorded.</source>
            <translation>Aucune note enregistrée.</translation>
        </message>
        <message>
            <source>Core-partner selection: rules, pool, slate and balance</source>
            <translation>Sélection des partenaires principaux : règles, vivier, liste et équilibre</translation>
        </message>
        <message>
            <source>Core-partner selection: {call}</source>
            <translation>Sélection des partenaires principaux : {call}</translation>
        </message>
        <message>
            <source>A slate has exactly {seats} seats and meets every rule below. Shares of the seats become counts that honour the share: a minimum rounds up, a maximum rounds down. Priority weighs a rule when the rules cannot all be met and some must be relaxed.</source>
            <translation>Une liste compte exactement {seats} sièges et respecte chaque règle ci-dessous. Les parts de sièges deviennent des effectifs qui respectent la part : un minimum s’arrondit vers le haut, un maximum vers le bas. La priorité pèse une règle lorsque les règles ne peuvent pas toutes être respectées et que certaines doivent être assouplies.</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>As set</source>
            <translation>Telle que fixée</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Épinglage</translation>
        </message>
        <message>
            <source>Ties: {rule}. Candidates are identified by their organisation's record, so the same pool and rules always give the same slate.</source>
            <translation>Égalités : {rule}. Les candidats sont identifiés par la fiche de leur organisation, donc le même vivier et les mêmes règles donnent toujours la même liste.</translation>
        </message>
        <message>
            <source>the call's applications that passed screening (under review, with the MAC's opinion, or accepted), scored by their weighted review total, and the incumbent core partners seeking renewal. An incumbent that applied is counted once, through its application.</source>
            <translation>les candidatures à l’appel qui ont passé la présélection (en évaluation, avec l’avis du MAC, ou acceptées), notées par leur total pondéré d’évaluation, et les partenaires principaux titulaires demandant le renouvellement. Un titulaire qui a candidaté est compté une fois, par sa candidature.</translation>
        </message>
        <message>
            <source>The slate the desk picked by hand; total score {score}.</source>
            <translation>La liste choisie à la main par le secrétariat ; score total {score}.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Bounds</source>
            <translation>Limites</translation>
        </message>
        <message>
            <source>Who counts</source>
            <translation>Qui compte</translation>
        </message>
        <message>
            <source>A smallest set of rules that cannot all be met together.</source>
            <translation>Un plus petit ensemble de règles qui ne peuvent pas toutes être respectées ensemble.</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Limite</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Compared under the round's current rules ({seats} seats): each saved slate is counted under the seats and rules being decided on, whatever it was saved with, beside this report's slate. Scores are the candidates' current scores.</source>
            <translation>Comparés selon les règles actuelles de la sélection ({seats} sièges) : chaque liste enregistrée est comptée selon les sièges et les règles en cours de décision, quels que soient ceux avec lesquels elle a été enregistrée, à côté de la liste de ce rapport. Les scores sont les scores actuels des candidats.</translation>
        </message>
        <message>
            <source>In every slate: {names}.</source>
            <translation>Dans chaque liste : {names}.</translation>
        </message>
        <message>
            <source>{kind}; total score {score}</source>
            <translation>{kind} ; score total {score}</translation>
        </message>
        <message>
            <source>No slate meets every rule (see the trade-offs).</source>
            <translation>Aucune liste ne respecte chaque règle (voir les arbitrages).</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Score total</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>Sièges pourvus</translation>
        </message>
        <message>
            <source>Rules broken</source>
            <translation>Règles non respectées</translation>
        </message>
        <message>
            <source>Only in {scenario} (not in every other): {names}.</source>
            <translation>Seulement dans {scenario} (pas dans toutes les autres) : {names}.</translation>
        </message>
        <message>
            <source>For {seats} seats</source>
            <translation>Pour {seats} sièges</translation>
        </message>
        <message>
            <source>The best slate meeting every rule scores {score}.</source>
            <translation>La meilleure liste respectant chaque règle obtient {score}.</translation>
        </message>
        <message>
            <source>Total score {score}.</source>
            <translation>Score total {score}.</translation>
        </message>
        <message>
            <source>{count} separate conflicts: each is a smallest set of rules that cannot all be met together, and each needs a change of its own.</source>
            <translation>{count} conflits distincts : chacun est un plus petit ensemble de règles qui ne peuvent pas toutes être respectées ensemble, et chacun demande sa propre modification.</translation>
        </message>
        <message>
            <source>{count} of {seats}</source>
            <translation>{count} sur {seats}</translation>
        </message>
        <message>
            <source>{count} of its candidates are no longer in the pool and are left out of its counts.</source>
            <translation>{count} de ses candidats ne sont plus dans le vivier et sont exclus de ses effectifs.</translation>
        </message>
        <message>
            <source>{code} core-partner selection</source>
            <translation>Sélection des partenaires principaux {code}</translation>
        </message>
        <message>
            <source>Conflict {number}</source>
            <translation>Conflit {number}</translation>
        </message>
        <message>
            <source>{count} rule is at the edge: one change to the slate could break it.</source>
            <translation>{count} règle est à la limite : un changement dans la liste pourrait l’enfreindre.</translation>
        </message>
        <message>
            <source>{count} rules are at the edge: one change to the slate could break them.</source>
            <translation>{count} règles sont à la limite : un changement dans la liste pourrait les enfreindre.</translation>
        </message>
    </context>
    <context>
        <name>Reviews</name>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="94" />
            <source>A weight is a number.</source>
            <translation>Une pondération est un nombre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="103" />
            <source>A criterion needs a name.</source>
            <translation>Un critère a besoin d’un nom.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="105" />
            <source>The criterion's name is longer than 200 characters.</source>
            <translation>Le nom du critère dépasse 200 caractères.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="310" />
            <source>This application answers no call, so there are no criteria to score it on.</source>
            <translation>Cette candidature ne répond à aucun appel, il n’y a donc pas de critères sur lesquels la noter.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="335" />
            <source>That score no longer exists (it may have been removed or undone).</source>
            <translation>Cette note n’existe plus (elle a peut-être été retirée ou annulée).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="410" />
            <source>At least one reviewer is needed per application.</source>
            <translation>Il faut au moins un évaluateur par candidature.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/reviews.py" line="412" />
            <source>The disagreement threshold is a number of points above 0.</source>
            <translation>Le seuil de désaccord est un nombre de points supérieur à 0.</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="49" />
            <source>Organisation name</source>
            <translation>Nom de l’organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="49" />
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="50" />
            <source>Stakeholder cluster</source>
            <translation>Groupe de parties prenantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="50" />
            <source>Representative's gender</source>
            <translation>Genre du représentant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="51" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="51" />
            <source>Country code (ISO3)</source>
            <translation>Code du pays (ISO3)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="52" />
            <source>Least developed country</source>
            <translation>Pays les moins avancés</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="53" />
            <source>Small island developing state</source>
            <translation>Petit État insulaire en développement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="54" />
            <source>Incumbent core partner</source>
            <translation>Partenaire principal titulaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="55" />
            <source>Parent organisation (family)</source>
            <translation>Organisation mère (famille)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/rules_editor.py" line="56" />
            <source>First priority sector</source>
            <translation>Premier secteur prioritaire</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Seats and balance rules</source>
            <translation>Sièges et règles d’équilibre</translation>
        </message>
        <message>
            <source>Each rule counts the slate's candidates with a value (or, with "each value", every value on its own, such as one per parent organisation). Type a bound as a number of seats (2) or a share of the seats (40%): a share at least rounds up, at most rounds down. Priority weighs a rule when the rules cannot all be met.</source>
            <translation>Chaque règle compte les candidats de la liste ayant une valeur (ou, avec « chaque valeur », chaque valeur séparément, comme un par organisation mère). Saisissez une borne en nombre de sièges (2) ou en part des sièges (40%) : une part « au moins » est arrondie au-dessus, « au plus » au-dessous. La priorité pèse une règle lorsque toutes les règles ne peuvent pas être respectées.</translation>
        </message>
        <message>
            <source>How many core partners the call selects</source>
            <translation>Combien de partenaires principaux l’appel sélectionne</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Ajouter une règle</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Retirer la règle</translation>
        </message>
        <message>
            <source>Reset to the Terms of Reference</source>
            <translation>Revenir aux Termes de référence</translation>
        </message>
        <message>
            <source>Replace the rules with the Terms of Reference's: every regional group at least 1 and at most 40%, every cluster at least 1, at least 50% female representatives, one per parent organisation.</source>
            <translation>Remplacer les règles par celles des Termes de référence : chaque groupe régional au moins 1 et au plus 40%, chaque groupe de parties prenantes au moins 1, au moins 50% de représentantes, un par organisation mère.</translation>
        </message>
        <message>
            <source>(attribute: value)</source>
            <translation>(attribut : valeur)</translation>
        </message>
        <message>
            <source>Apply the bounds to each value on its own (e.g. at most 1 per parent organisation)</source>
            <translation>Appliquer les bornes à chaque valeur séparément (p. ex. au plus 1 par organisation mère)</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Au moins</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>Au plus</translation>
        </message>
        <message>
            <source>Sector: {name}</source>
            <translation>Secteur : {name}</translation>
        </message>
        <message>
            <source>Seats:</source>
            <translation>Sièges :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>Attribut</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Each value</source>
            <translation>Chaque valeur</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>As seats</source>
            <translation>En sièges</translation>
        </message>
        <message>
            <source>A number of seats (2) or a share of the seats (40%); empty: no bound</source>
            <translation>Un nombre de sièges (2) ou une part des sièges (40%) ; vide : pas de borne</translation>
        </message>
        <message>
            <source>{attribute}: {value}</source>
            <translation>{attribute} : {value}</translation>
        </message>
        <message>
            <source>{what} '{text}' is neither a number of seats (2) nor a share of the seats (40%).</source>
            <translation>{what} '{text}' n’est ni un nombre de sièges (2) ni une part des sièges (40%).</translation>
        </message>
        <message>
            <source>{what} {text} is not a whole number of seats.</source>
            <translation>{what} {text} n’est pas un nombre entier de sièges.</translation>
        </message>
        <message>
            <source>rule {n}</source>
            <translation>règle {n}</translation>
        </message>
        <message>
            <source>{attribute}, each value</source>
            <translation>{attribute}, chaque valeur</translation>
        </message>
        <message>
            <source>{what} {text} is more than all the seats.</source>
            <translation>{what} {text} dépasse le total des sièges.</translation>
        </message>
        <message>
            <source>{rule}: choose the attribute it counts.</source>
            <translation>{rule} : choisissez l’attribut qu’elle compte.</translation>
        </message>
        <message>
            <source>no bound</source>
            <translation>pas de borne</translation>
        </message>
        <message>
            <source>With these seats the least is above the most: this rule cannot be met.</source>
            <translation>Avec ces sièges, le minimum dépasse le maximum : cette règle ne peut pas être respectée.</translation>
        </message>
        <message>
            <source>The minima add up to {total} seats but there are only {seats} ({attribute}: {parts}). Each candidate counts for one of these rules at most, so no slate can meet them all; lower some of them or add seats.</source>
            <translation>Les minimums totalisent {total} sièges mais il n’y en a que {seats} ({attribute} : {parts}). Chaque candidat compte pour une seule de ces règles au plus, donc aucune liste ne peut toutes les respecter ; abaissez-en certaines ou ajoutez des sièges.</translation>
        </message>
        <message>
            <source>{rule}: give at least or at most.</source>
            <translation>{rule} : indiquez au moins ou au plus.</translation>
        </message>
        <message>
            <source>{rule} alone needs at least {least} seats, but there are only {seats}: no slate can meet it.</source>
            <translation>{rule} demande à elle seule au moins {least} sièges, mais il n’y en a que {seats} : aucune liste ne peut la respecter.</translation>
        </message>
        <message>
            <source>{rule} needs {least}</source>
            <translation>{rule} demande {least}</translation>
        </message>
        <message>
            <source>{rule} needs {least} for each of its {values} values</source>
            <translation>{rule} demande {least} pour chacune de ses {values} valeurs</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>au moins {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>au plus {n}</translation>
        </message>
    </context>
    <context>
        <name>Selection</name>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="514" />
            <source>Pick the slate ({count} picked)</source>
            <translation>Choisir la liste ({count} choisis)</translation>
        </message>
        <message>
            <source>Proposing a slate…</source>
            <translation>Proposition d’une liste…</translation>
        </message>
        <message>
            <source>Why not this candidate?</source>
            <translation>Pourquoi pas ce candidat ?</translation>
        </message>
        <message>
            <source>Writing the selection report…</source>
            <translation>Écriture du rapport de sélection…</translation>
        </message>
        <message>
            <source>Looking for the slate with the best total score…</source>
            <translation>Recherche de la liste au meilleur score total…</translation>
        </message>
        <message>
            <source>The rules cannot all be met; finding out why…</source>
            <translation>Toutes les règles ne peuvent pas être respectées ; recherche de la raison…</translation>
        </message>
        <message>
            <source>Trying the slate with this candidate in…</source>
            <translation>Essai de la liste avec ce candidat dedans…</translation>
        </message>
        <message>
            <source>{name} seeks renewal</source>
            <translation>{name} demande le renouvellement</translation>
        </message>
        <message>
            <source>{name} does not seek renewal</source>
            <translation>{name} ne demande pas le renouvellement</translation>
        </message>
        <message>
            <source>Delete scenario {name}</source>
            <translation>Supprimer le scénario {name}</translation>
        </message>
        <message>
            <source>Save scenario {name}</source>
            <translation>Enregistrer le scénario {name}</translation>
        </message>
    </context>
    <context>
        <name>SelectionPage</name>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="108" />
            <source>Selection</source>
            <translation>Sélection</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="111" />
            <source>The core-partner call whose slate you are choosing</source>
            <translation>L’appel de partenaires principaux dont vous choisissez la liste</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="114" />
            <source>Propose</source>
            <translation>Proposer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="115" />
            <source>The slate with the best total review score that meets every rule and pin (or, if there is none, why)</source>
            <translation>La liste ayant le meilleur score total d’évaluation qui respecte chaque règle et épinglage (ou, s’il n’y en a pas, pourquoi)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="117" />
            <location filename="../../opn_desk/gui/selection/page.py" line="535" />
            <source>Seats and rules…</source>
            <translation>Sièges et règles…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="118" />
            <source>Scenarios…</source>
            <translation>Scénarios…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="120" />
            <source>Selection report…</source>
            <translation>Rapport de sélection…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="121" />
            <source>The rules, pool, slate, balance, alternates and your notes as a printable PDF</source>
            <translation>Les règles, le vivier, la liste, l’équilibre, les suppléants et vos notes en PDF imprimable</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="125" />
            <source>Draft report…</source>
            <translation>Rapport provisoire…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="126" />
            <source>Final report (no DRAFT mark)…</source>
            <translation>Rapport définitif (sans mention PROJET)…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="136" />
            <source>Loading the calls…</source>
            <translation>Chargement des appels…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="138" />
            <source>This database is open read-only: you can look, propose and compare, but not pick, pin or save.</source>
            <translation>Cette base de données est ouverte en lecture seule : vous pouvez consulter, proposer et comparer, mais pas choisir, épingler ni enregistrer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="168" />
            <location filename="../../opn_desk/gui/selection/page.py" line="184" />
            <source>Pool</source>
            <translation>Vivier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="172" />
            <source>Find in the pool: name, country or representative</source>
            <translation>Rechercher dans le vivier : nom, pays ou représentant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="173" />
            <source>Picked only</source>
            <translation>Choisis seulement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="190" />
            <source>No candidates yet: the pool is the call's applications that passed screening (under review or later) and the incumbents seeking renewal.</source>
            <translation>Pas encore de candidats : le vivier est constitué des candidatures de l’appel ayant passé la présélection (en cours d’examen ou plus loin) et des titulaires demandant le renouvellement.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="198" />
            <source>Seeks renewal</source>
            <translation>Demande le renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="198" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="199" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="199" />
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="206" />
            <source>Incumbents not seeking renewal</source>
            <translation>Titulaires ne demandant pas le renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="236" />
            <source>Balance</source>
            <translation>Équilibre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="242" />
            <source>Proposal</source>
            <translation>Proposition</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="247" />
            <source>Your notes on this round: the trade-offs made and why. They go into the selection report.</source>
            <translation>Vos notes sur ce tour : les arbitrages faits et pourquoi. Elles figurent dans le rapport de sélection.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="251" />
            <source>Save notes</source>
            <translation>Enregistrer les notes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="259" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="282" />
            <source>{title} ({programme}, closes {closes})</source>
            <translation>{title} ({programme}, clôture le {closes})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="291" />
            <source>There is no core-partner call yet. Add one under Applications › Calls and evaluation criteria; its screened applications become the pool.</source>
            <translation>Il n’y a pas encore d’appel de partenaires principaux. Ajoutez-en un sous Candidatures › Appels et critères d’évaluation ; ses candidatures présélectionnées forment le vivier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="294" />
            <source>No call chosen.</source>
            <translation>Aucun appel choisi.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="321" />
            <source>Loading the round…</source>
            <translation>Chargement du tour…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="336" />
            <source>The seats, rules or pins have changed since this answer: press Propose again.</source>
            <translation>Les sièges, règles ou épinglages ont changé depuis cette réponse : appuyez de nouveau sur Proposer.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="372" />
            <source>Applied: {status}</source>
            <translation>Candidature : {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="373" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="379" />
            <source>{name} applied to this call; its application is {status}, so it is not in the pool.</source>
            <translation>{name} a répondu à cet appel ; sa candidature est {status}, elle n’est donc pas dans le vivier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="381" />
            <source>Tick when {name} seeks renewal: it joins the pool.</source>
            <translation>Cochez lorsque {name} demande le renouvellement : il rejoint le vivier.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="388" />
            <source>Incumbents not seeking renewal ({n}), not in the pool:</source>
            <translation>Titulaires ne demandant pas le renouvellement ({n}), hors du vivier :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="389" />
            <source>Incumbents not seeking renewal ({n}), not in the pool; tick one that seeks renewal:</source>
            <translation>Titulaires ne demandant pas le renouvellement ({n}), hors du vivier ; cochez celui qui le demande :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="415" />
            <source>The round's rules cannot be used: {reason} Fix them in Seats and rules.</source>
            <translation>Les règles du tour ne sont pas utilisables : {reason} Corrigez-les dans Sièges et règles.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="431" />
            <source>{n} candidates in the pool</source>
            <translation>{n} candidats dans le vivier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="432" />
            <source>1 candidate in the pool</source>
            <translation>1 candidat dans le vivier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="433" />
            <source>{picked} of {seats} seats picked</source>
            <translation>{picked} sièges choisis sur {seats}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="438" />
            <source>1 rule broken</source>
            <translation>1 règle non respectée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="438" />
            <source>{n} rules broken</source>
            <translation>{n} règles non respectées</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="441" />
            <source>every rule met</source>
            <translation>toutes les règles sont respectées</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="443" />
            <source>rules: the Terms of Reference's defaults (not saved yet)</source>
            <translation>règles : celles des Termes de référence par défaut (pas encore enregistrées)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="480" />
            <source>Replace your {n} picks with this slate?</source>
            <translation>Remplacer vos {n} choix par cette liste ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="481" />
            <source>Replace the picks</source>
            <translation>Remplacer les choix</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="482" />
            <source>You can undo it with Edit › Undo, or save the picks as a scenario first.</source>
            <translation>Vous pouvez l’annuler avec Édition › Annuler, ou d’abord enregistrer les choix comme scénario.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="63" />
            <source>Unpick</source>
            <translation>Retirer du choix</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="63" />
            <source>Pick</source>
            <translation>Choisir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="65" />
            <source>Pin in (always in a proposal)</source>
            <translation>Épingler dedans (toujours dans une proposition)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="67" />
            <source>Pin out (never in a proposal)</source>
            <translation>Épingler dehors (jamais dans une proposition)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="69" />
            <source>Remove the pin</source>
            <translation>Retirer l’épinglage</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="71" />
            <source>Why not {name}?</source>
            <translation>Pourquoi pas {name} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="75" />
            <source>Score of this incumbent…</source>
            <translation>Note de ce titulaire…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="76" />
            <source>Does not seek renewal</source>
            <translation>Ne demande pas le renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="79" />
            <source>Open the organisation</source>
            <translation>Ouvrir l’organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="93" />
            <source>Remove the pin of {name}</source>
            <translation>Retirer l’épinglage de {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="93" />
            <source>Pin in {name}</source>
            <translation>Épingler {name} dedans</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="94" />
            <source>Pin out {name}</source>
            <translation>Épingler {name} dehors</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="117" />
            <source>Score of an incumbent</source>
            <translation>Note d’un titulaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="117" />
            <source>{name} did not apply, so it has no review score. The score it is weighed with (0 to 5, like a weighted review total):</source>
            <translation>{name} n’a pas répondu à l’appel, il n’a donc pas de note d’évaluation. La note avec laquelle il est pesé (de 0 à 5, comme un total d’évaluation pondéré) :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="124" />
            <source>Score {name}</source>
            <translation>Noter {name}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="202" />
            <source>Seats and balance rules of {call}</source>
            <translation>Sièges et règles d’équilibre de {call}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="221" />
            <source>Notes on {call}</source>
            <translation>Notes sur {call}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="248" />
            <source>Scenarios of {call}</source>
            <translation>Scénarios de {call}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="262" />
            <source>Delete the scenario {name}?</source>
            <translation>Supprimer le scénario {name} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="263" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="283" />
            <source>Which slate should the report show?</source>
            <translation>Quelle liste le rapport doit-il montrer ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="284" />
            <source>The proposed slate</source>
            <translation>La liste proposée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="284" />
            <source>My picks ({n})</source>
            <translation>Mes choix ({n})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="285" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="285" />
            <source>The proposed slate is the best total score that meets every rule; your picks are checked against the same rules.</source>
            <translation>La liste proposée est le meilleur score total qui respecte chaque règle ; vos choix sont vérifiés selon les mêmes règles.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="294" />
            <source>Save the selection report</source>
            <translation>Enregistrer le rapport de sélection</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="295" />
            <source>selection report</source>
            <translation>rapport de sélection</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="304" />
            <source>Wrote {path} ({pages} pages)</source>
            <translation>{path} écrit ({pages} pages)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page_actions.py" line="305" />
            <source>Selection report: {call}</source>
            <translation>Rapport de sélection : {call}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/selection/page.py" line="535" />
            <source>Seats and rules</source>
            <translation>Sièges et règles</translation>
        </message>
    </context>
    <context>
        <name>SelectionRound</name>
        <message>
            <location filename="../../opn_desk/services/selection_round.py" line="391" />
            <source>Name the call by its id or a part of its title.</source>
            <translation>Nommez l’appel par son identifiant ou une partie de son titre.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/selection_round.py" line="630" />
            <source>Pins are candidates pinned in (true) or out (false).</source>
            <translation>Les épinglages sont des candidats épinglés dedans (true) ou dehors (false).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/selection_round.py" line="769" />
            <source>A scenario needs a name.</source>
            <translation>Un scénario a besoin d’un nom.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/selection_round.py" line="775" />
            <source>A scenario needs at least one selected candidate.</source>
            <translation>Un scénario a besoin d’au moins un candidat choisi.</translation>
        </message>
    </context>
    <context>
        <name>ServerChanges</name>
        <message>
            <location filename="../../opn_desk/services/server_changes.py" line="147" />
            <source>Other officers' changes no longer show by themselves: the connection to the server was lost ({reason}); OPN Desk tries again every few seconds.</source>
            <translation>Les modifications des autres chargés de secrétariat ne s'affichent plus d'elles-mêmes : la connexion au serveur a été perdue ({reason}) ; OPN Desk réessaie au bout de quelques secondes.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/server_changes.py" line="154" />
            <source>The connection that shows other officers' changes is closed.</source>
            <translation>La connexion qui affiche les modifications des autres chargés de secrétariat est fermée.</translation>
        </message>
    </context>
    <context>
        <name>StepsView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="96" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="96" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="96" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="96" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="97" />
            <source>Actual</source>
            <translation>Réel</translation>
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
            <translation>Justificatifs</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="112" />
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="113" />
            <source>Mark the step in progress from today</source>
            <translation>Marquer l’étape en cours à partir d’aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="114" />
            <source>Close step…</source>
            <translation>Clôturer l’étape…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="115" />
            <source>Mark the step done</source>
            <translation>Marquer l’étape comme faite</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="116" />
            <source>Reopen…</source>
            <translation>Rouvrir…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="117" />
            <source>Work on a done step again (a reason is needed)</source>
            <translation>Retravailler une étape faite (une raison est nécessaire)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="145" />
            <source>What shows the step was done: minutes, decisions, links</source>
            <translation>Ce qui montre que l’étape est faite : procès-verbaux, décisions, liens</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="146" />
            <source>Planned start</source>
            <translation>Début prévu</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="147" />
            <source>Planned end</source>
            <translation>Fin prévue</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="148" />
            <source>Actual start</source>
            <translation>Début réel</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="149" />
            <source>Actual end</source>
            <translation>Fin réelle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="151" />
            <source>Evidence notes</source>
            <translation>Notes justificatives</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="156" />
            <source>Reload the step</source>
            <translation>Recharger l’étape</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="157" />
            <source>Show the step as it is now saved; your unsaved edits are dropped</source>
            <translation>Afficher l’étape telle qu’elle est enregistrée ; vos modifications non enregistrées sont abandonnées</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="163" />
            <source>Save step</source>
            <translation>Enregistrer l’étape</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="164" />
            <source>Revert</source>
            <translation>Revenir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="179" />
            <source>Evidence files</source>
            <translation>Fichiers justificatifs</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="183" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="184" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="185" />
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="522" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="244" />
            <source> (order overridden)</source>
            <translation> (ordre forcé)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="253" />
            <source>{n} files</source>
            <translation>{n} fichiers</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="253" />
            <source>1 file</source>
            <translation>1 fichier</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="254" />
            <source>, notes</source>
            <translation>, notes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="262" />
            <source>Step {number} was changed since you started editing it. Your edits are kept here but cannot be saved over the change: reload the step to see it, then make your edits again.</source>
            <translation>L’étape {number} a été modifiée depuis que vous avez commencé à la modifier. Vos modifications sont gardées ici mais ne peuvent pas écraser ce changement : rechargez l’étape pour le voir, puis refaites vos modifications.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="271" />
            <source>Step {number} has changes that are not saved. Leave them?</source>
            <translation>L’étape {number} a des modifications non enregistrées. Les abandonner ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="272" />
            <source>Leave the changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="288" />
            <source>Step {number} of 4</source>
            <translation>Étape {number} sur 4</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="294" />
            <source>someone</source>
            <translation>quelqu’un</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="295" />
            <source>Done on {day}, closed by {who}.</source>
            <translation>Faite le {day}, clôturée par {who}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="298" />
            <source>In progress since {day}.</source>
            <translation>En cours depuis le {day}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="300" />
            <source>Not started yet.</source>
            <translation>Pas encore commencée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="302" />
            <source>Closed before step {before} was done. Reason recorded: {reason}</source>
            <translation>Clôturée avant que l’étape {before} soit faite. Raison enregistrée : {reason}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="310" />
            <source>Added {when}</source>
            <translation>Ajouté {when}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="312" />
            <source>Evidence files ({count})</source>
            <translation>Fichiers justificatifs ({count})</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="321" />
            <source>— (set when the step is closed)</source>
            <translation>— (défini à la clôture de l’étape)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="392" />
            <source>Edit step {number} of the renewal</source>
            <translation>Modifier l’étape {number} du renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="417" />
            <source>Start step {number} of the renewal</source>
            <translation>Commencer l’étape {number} du renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="440" />
            <source>Close step {number} of the renewal, overriding the order</source>
            <translation>Clôturer l’étape {number} du renouvellement, en forçant l’ordre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="441" />
            <source>Close step {number} of the renewal</source>
            <translation>Clôturer l’étape {number} du renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="457" />
            <source>Reopen step {number}</source>
            <translation>Rouvrir l’étape {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="457" />
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="458" />
            <source>Why is step {number} ({title}) reopened?</source>
            <translation>Pourquoi l’étape {number} ({title}) est-elle rouverte ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="460" />
            <source>The reason is added to the step's evidence notes.</source>
            <translation>La raison est ajoutée aux notes justificatives de l’étape.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="464" />
            <source>Reopen step {number} of the renewal</source>
            <translation>Rouvrir l’étape {number} du renouvellement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="484" />
            <source>Add evidence files to step {number}</source>
            <translation>Ajouter des fichiers justificatifs à l’étape {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="485" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="494" />
            <source>{name} is {size:.1f} MB; evidence files can be at most 20 MB.</source>
            <translation>{name} fait {size:.1f} Mo ; les fichiers justificatifs font au plus 20 Mo.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="499" />
            <source>Attach {file} to step {number}</source>
            <translation>Joindre {file} à l’étape {number}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="510" />
            <source>No program on this computer opens {name}.</source>
            <translation>Aucun programme de cet ordinateur n’ouvre {name}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="511" />
            <source>A copy was saved as {path}.</source>
            <translation>Une copie a été enregistrée sous {path}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="520" />
            <source>Remove {file} from step {number}?</source>
            <translation>Retirer {file} de l’étape {number} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="522" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="525" />
            <source>Remove {file} from step {number}</source>
            <translation>Retirer {file} de l’étape {number}</translation>
        </message>
    </context>
    <context>
        <name>SubmissionDialog</name>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="102" />
            <source>Record a submission</source>
            <translation>Enregistrer une soumission</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="102" />
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="104" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/reporting/dialogs.py" line="105" />
            <source>Submitted on</source>
            <translation>Soumis le</translation>
        </message>
    </context>
    <context>
        <name>SuccessionView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="30" />
            <source>Succession planning to {year}</source>
            <translation>Planification de la succession jusqu’en {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="35" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="35" />
            <source>Organisation or seat</source>
            <translation>Organisation ou siège</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="35" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="36" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="45" />
            <source>Plan…</source>
            <translation>Planifier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="46" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="47" />
            <location filename="../../opn_desk/gui/leadership/succession.py" line="140" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="77" />
            <source>{name} (a seat)</source>
            <translation>{name} (un siège)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="88" />
            <source>Years without an entry: {years}.</source>
            <translation>Années sans entrée : {years}.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="89" />
            <source>Every year from {first} to {last} has an entry.</source>
            <translation>Chaque année de {first} à {last} a une entrée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="121" />
            <source>Plan the succession for {year}</source>
            <translation>Planifier la succession pour {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="126" />
            <source>Edit the succession for {year}</source>
            <translation>Modifier la succession pour {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="139" />
            <source>Remove {name} ({year}) from the succession plan?</source>
            <translation>Retirer {name} ({year}) du plan de succession ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="141" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/succession.py" line="142" />
            <source>Remove {name} from the succession plan</source>
            <translation>Retirer {name} du plan de succession</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="34" />
            <source>New task</source>
            <translation>Nouvelle tâche</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="34" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="51" />
            <source>Needed when the task is postponed</source>
            <translation>Nécessaire lorsque la tâche est reportée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="57" />
            <source>e.g. decisions taken by the Senior Officials' Meeting</source>
            <translation>p. ex. décisions prises par la réunion des hauts fonctionnaires</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="58" />
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="58" />
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="59" />
            <source>Work-stream</source>
            <translation>Axe de travail</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="59" />
            <source>Responsibility</source>
            <translation>Responsabilité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="60" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="60" />
            <source>Reason for the postponement</source>
            <translation>Raison du report</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="61" />
            <source>Starts on</source>
            <translation>Commence le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="61" />
            <source>Due on</source>
            <translation>Échéance le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="62" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="62" />
            <source>Expected outputs</source>
            <translation>Produits attendus</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/dialogs.py" line="63" />
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="187" />
            <source>That membership no longer exists (it may have been deleted or undone).</source>
            <translation>Cette adhésion n’existe plus (elle a peut-être été supprimée ou annulée).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="189" />
            <source>Only an active membership can be renewed.</source>
            <translation>Seule une adhésion active peut être renouvelée.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="191" />
            <source>This membership has no end date, so there is no term to renew.</source>
            <translation>Cette adhésion n’a pas de date de fin, il n’y a donc pas de mandat à renouveler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="193" />
            <source>A term lasts at least one year.</source>
            <translation>Un mandat dure au moins un an.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/services/terms.py" line="197" />
            <source>The renewed term must end after it starts.</source>
            <translation>Le mandat renouvelé doit se terminer après son début.</translation>
        </message>
    </context>
    <context>
        <name>TermsView</name>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="91" />
            <source>In office on</source>
            <translation>En fonction le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="96" />
            <source>Any past or future date: the composition is computed from the recorded terms, nothing is changed</source>
            <translation>N’importe quelle date passée ou future : la composition est calculée à partir des mandats enregistrés, rien n’est modifié</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="98" />
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="99" />
            <source>A year ago</source>
            <translation>Il y a un an</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="100" />
            <source>In a year</source>
            <translation>Dans un an</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="103" />
            <source>Renew term…</source>
            <translation>Renouveler le mandat…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="104" />
            <source>Add a new two-year term starting the day after the current one ends</source>
            <translation>Ajouter un nouveau mandat de deux ans commençant le lendemain de la fin du mandat en cours</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="115" />
            <source>Find a member</source>
            <translation>Trouver un membre</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="116" />
            <source>Show only the members whose row contains these words</source>
            <translation>Afficher seulement les membres dont la ligne contient ces mots</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="131" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="142" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="142" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="142" />
            <source>Country (regional group)</source>
            <translation>Pays (groupe régional)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="143" />
            <source>Cluster</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="143" />
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="143" />
            <source>Term</source>
            <translation>Mandat</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="144" />
            <source>Consecutive term</source>
            <translation>Mandat consécutif</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="144" />
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="154" />
            <source>Terms of office</source>
            <translation>Mandats</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="201" />
            <source>A past date: the members in office that day, from the recorded terms.</source>
            <translation>Une date passée : les membres en fonction ce jour-là, d’après les mandats enregistrés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="203" />
            <source>A future date shows the terms as they stand today: nobody is assumed to hold over beyond today, and renewals not yet recorded are not shown.</source>
            <translation>Une date future montre les mandats tels qu’ils sont aujourd’hui : personne n’est supposé rester en fonction au-delà d’aujourd’hui, et les renouvellements pas encore enregistrés ne sont pas montrés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="206" />
            <source>Today. A member whose term has ended stays in office, shown as holding over, until the desk renews it or ends it.</source>
            <translation>Aujourd’hui. Un membre dont le mandat est terminé reste en fonction, affiché comme en prolongation, jusqu’à ce que le secrétariat le renouvelle ou y mette fin.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="210" />
            <source>{leads} co-leads and {partners} core partners in office on {day}</source>
            <translation>{leads} co-responsables et {partners} partenaires principaux en fonction le {day}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="221" />
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="224" />
            <source>from {day}, open-ended</source>
            <translation>à partir du {day}, sans fin</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="225" />
            <source>{nth} term, since {year}</source>
            <translation>{nth} mandat, depuis {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="236" />
            <source>Holding over</source>
            <translation>En prolongation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="236" />
            <source>Within 3 months</source>
            <translation>Dans les 3 mois</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="238" />
            <source>Within 6 months</source>
            <translation>Dans les 6 mois</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="245" />
            <source>No term of {code} ends within six months, and nobody is holding over.</source>
            <translation>Aucun mandat de {code} ne se termine dans les six mois, et personne n’est en prolongation.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="249" />
            <source>Alerts today ({count}): terms ending within six months, and members holding over</source>
            <translation>Alertes aujourd’hui ({count}) : mandats se terminant dans les six mois, et membres en prolongation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="280" />
            <source>Renew the term of {name} as {role} of {code}?</source>
            <translation>Renouveler le mandat de {name} comme {role} de {code} ?</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="282" />
            <source>Renew</source>
            <translation>Renouveler</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="283" />
            <source>A new two-year term from {start} to {end} is added; the current term keeps its dates. You can undo this with Edit › Undo.</source>
            <translation>Un nouveau mandat de deux ans du {start} au {end} est ajouté ; le mandat en cours garde ses dates. Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/leadership/terms_view.py" line="289" />
            <source>Renew the term of {name}</source>
            <translation>Renouveler le mandat de {name}</translation>
        </message>
    </context>
    <context>
        <name>TravelRequestDialog</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="125" />
            <source>Travel support request</source>
            <translation>Demande de soutien aux déplacements</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="125" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="135" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="136" />
            <source>Amount requested</source>
            <translation>Montant demandé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="137" />
            <source>Requested on</source>
            <translation>Demandé le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/dialogs.py" line="138" />
            <source>Traveller</source>
            <translation>Voyageur</translation>
        </message>
    </context>
    <context>
        <name>TravelTab</name>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="34" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="34" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="34" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="35" />
            <source>LDC on the day</source>
            <translation>PMA à la date</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="35" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="35" />
            <source>Requested</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="36" />
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="36" />
            <source>Granted</source>
            <translation>Accordé</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="37" />
            <source>Travel support</source>
            <translation>Soutien aux déplacements</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="40" />
            <source>Partners from least developed countries on the meeting's date come first, then the groups the desk chose, then the others; within a rank the earlier request. The proposal grants in that order while the budget lasts. The desk may decide otherwise; the ranking stays as computed.</source>
            <translation>Les partenaires des pays les moins avancés à la date de la réunion passent en premier, puis les groupes choisis par le secrétariat, puis les autres ; à rang égal, la demande la plus ancienne. La proposition accorde dans cet ordre tant que le budget le permet. Le secrétariat peut décider autrement ; le classement reste tel que calculé.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="44" />
            <source>Add request…</source>
            <translation>Ajouter une demande…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="46" />
            <source>Use the proposed allocation</source>
            <translation>Utiliser la répartition proposée</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="48" />
            <source>Record the allocation</source>
            <translation>Enregistrer la répartition</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="51" />
            <source>Decided on</source>
            <translation>Décidé le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="80" />
            <source>least developed countries</source>
            <translation>pays les moins avancés</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="80" />
            <source>small island developing states</source>
            <translation>petits États insulaires en développement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="81" />
            <source>landlocked developing countries</source>
            <translation>pays en développement sans littoral</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="81" />
            <source>no priority group</source>
            <translation>aucun groupe prioritaire</translation>
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
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="83" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="96" />
            <source>then {group}</source>
            <translation>puis {group}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="97" />
            <source>least developed countries first</source>
            <translation>pays les moins avancés d’abord</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="98" />
            <source>none set</source>
            <translation>aucun défini</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="101" />
            <source>No travel request.</source>
            <translation>Aucune demande de déplacement.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="104" />
            <source>Allocation decided on {day}: {granted} granted.</source>
            <translation>Répartition décidée le {day} : {granted} accordés.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="107" />
            <source>Not allocated yet: decide before the meeting ({day}).</source>
            <translation>Pas encore réparti : décidez avant la réunion ({day}).</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="108" />
            <source>Budget {budget}; {n} requests for {requested}; priority: {order}. {state}</source>
            <translation>Budget {budget} ; {n} demandes pour {requested} ; priorité : {order}. {state}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="143" />
            <source>Travel request for {meeting}</source>
            <translation>Demande de déplacement pour {meeting}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/meetings/travel.py" line="160" />
            <source>Travel support for {meeting}</source>
            <translation>Soutien aux déplacements pour {meeting}</translation>
        </message>
    </context>
    <context>
        <name>ValueCard</name>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="56" />
            <source>Value {n}</source>
            <translation>Valeur {n}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="58" />
            <source>Value 1 (shown now)</source>
            <translation>Valeur 1 (affichée maintenant)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="60" />
            <source>Changed on</source>
            <translation>Modifié le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="60" />
            <source>Deleted on</source>
            <translation>Supprimé le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="66" />
            <source>Keep the record with its changes</source>
            <translation>Garder l’enregistrement avec ses modifications</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="67" />
            <source>Delete the record</source>
            <translation>Supprimer l’enregistrement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="69" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="81" />
            <source>Unknown author</source>
            <translation>Auteur inconnu</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="86" />
            <source>Keep it</source>
            <translation>Le garder</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="86" />
            <source>Delete it</source>
            <translation>Le supprimer</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/exchange/decisions.py" line="88" />
            <source>Keep this value</source>
            <translation>Garder cette valeur</translation>
        </message>
    </context>
    <context>
        <name>WorkPlanPage</name>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="81" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="105" />
            <source>Work plan</source>
            <translation>Plan de travail</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="84" />
            <source>New task…</source>
            <translation>Nouvelle tâche…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="98" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="98" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="277" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="99" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="107" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="279" />
            <source>Responsibility</source>
            <translation>Responsabilité</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="98" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="86" />
            <source>Progress report</source>
            <translation>Rapport d'avancement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="87" />
            <source>The progress report (Tasks | Progress | Next steps) as of today: in the print preview, or as a Word document to edit before sending.</source>
            <translation>Le rapport d'avancement (Tâches | Avancement | Prochaines étapes) à ce jour : dans l'aperçu avant impression, ou en document Word à modifier avant l'envoi.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="90" />
            <source>In the print preview…</source>
            <translation>Dans l'aperçu avant impression…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="91" />
            <source>As a Word document…</source>
            <translation>En document Word…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="93" />
            <source>Annual work plan for the funding partners…</source>
            <translation>Plan de travail annuel pour les partenaires financiers…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="98" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="107" />
            <source>Due</source>
            <translation>Échéances</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="99" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="107" />
            <source>Latest progress</source>
            <translation>Dernier avancement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <source>Work-stream</source>
            <translation>Axe de travail</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="123" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="259" />
            <source>Choose a task to see it here.</source>
            <translation>Choisissez une tâche pour la voir ici.</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="134" />
            <source>Reason for the postponement</source>
            <translation>Raison du report</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="135" />
            <source>Change status</source>
            <translation>Changer le statut</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="146" />
            <source>Progress and next steps</source>
            <translation>Avancement et prochaines étapes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="148" />
            <source>Add progress…</source>
            <translation>Ajouter un avancement…</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="154" />
            <source>On</source>
            <translation>Le</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="154" />
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="154" />
            <source>Next steps</source>
            <translation>Prochaines étapes</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="190" />
            <source>Other tasks</source>
            <translation>Autres tâches</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="215" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="221" />
            <source>{n} tasks: {done} completed, {ongoing} ongoing, {postponed} postponed, {waiting} not yet started</source>
            <translation>{n} tâches : {done} terminées, {ongoing} en cours, {postponed} reportées, {waiting} pas encore commencées</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="272" />
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="275" />
            <source>Open the meeting</source>
            <translation>Ouvrir la réunion</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="390" />
            <source>Progress report as a Word document</source>
            <translation>Rapport d'avancement en document Word</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="391" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="418" />
            <source>Word document (*.docx)</source>
            <translation>Document Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="401" />
            <source>Progress report of {code} written to {file}</source>
            <translation>Rapport d'avancement de {code} écrit dans {file}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="418" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="419" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="420" />
            <source>Annual work plan {year}</source>
            <translation>Plan de travail annuel {year}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="431" />
            <source>Annual work plan {year} of {code} written to {file}</source>
            <translation>Plan de travail annuel {year} de {code} écrit dans {file}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="436" />
            <source>Annual work plan {year}: {code}</source>
            <translation>Plan de travail annuel {year} : {code}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="442" />
            <source>Annual work plan</source>
            <translation>Plan de travail annuel</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="442" />
            <source>Year of the work plan:</source>
            <translation>Année du plan de travail :</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="106" />
            <location filename="../../opn_desk/gui/work_plan/page.py" line="277" />
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="279" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="280" />
            <source>Expected outputs</source>
            <translation>Produits attendus</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="280" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="281" />
            <source>Budget line</source>
            <translation>Ligne budgétaire</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="282" />
            <source>Comes from</source>
            <translation>Provient de</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="326" />
            <source>{task}: {status}</source>
            <translation>{task} : {status}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="343" />
            <source>New task: {task}</source>
            <translation>Nouvelle tâche : {task}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="356" />
            <source>Progress of {task}</source>
            <translation>Avancement de {task}</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="374" />
            <source>Progress report of {code}: {pages} pages</source>
            <translation>Rapport d’avancement de {code} : {pages} pages</translation>
        </message>
        <message>
            <location filename="../../opn_desk/gui/work_plan/page.py" line="376" />
            <source>Progress report: {code}</source>
            <translation>Rapport d’avancement : {code}</translation>
        </message>
    </context>
    <context>
        <name>_PathRow</name>
        <message>
            <location filename="../../opn_desk/gui/widgets/dialogs.py" line="230" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../opn_desk/gui/applications/page.py" line="498" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>No group</source>
            <translation>Aucun groupe</translation>
        </message>
        <message>
            <source>Implementation support</source>
            <translation>Appui à la mise en œuvre</translation>
        </message>
        <message>
            <source>Sectoral markets</source>
            <translation>Marchés sectoriels</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Plaidoyer</translation>
        </message>
        <message>
            <source>Public value and impact</source>
            <translation>Valeur publique et impact</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>Construction</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Alimentation</translation>
        </message>
        <message>
            <source>ICT</source>
            <translation>TIC</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Santé</translation>
        </message>
        <message>
            <source>Communications</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Awareness raising</source>
            <translation>Sensibilisation</translation>
        </message>
        <message>
            <source>Tools and solutions</source>
            <translation>Outils et solutions</translation>
        </message>
        <message>
            <source>Policy and instruments</source>
            <translation>Politiques et instruments</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Présélection</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>En cours d'examen</translation>
        </message>
        <message>
            <source>MAC opinion</source>
            <translation>Avis du MAC</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Non acceptée</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>Financière</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>En nature</translation>
        </message>
        <message>
            <source>Staff time</source>
            <translation>Temps de personnel</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation>Non binaire</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Préfère ne pas répondre</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Non déclaré</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Core initiative</source>
            <translation>Initiative principale</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Principale</translation>
        </message>
        <message>
            <source>Affiliated initiative</source>
            <translation>Initiative affiliée</translation>
        </message>
        <message>
            <source>Affiliated</source>
            <translation>Affiliée</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposée</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <translation>Diligence raisonnable</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtuelle</translation>
        </message>
        <message>
            <source>Face-to-face</source>
            <translation>Présentielle</translation>
        </message>
        <message>
            <source>Teleconference</source>
            <translation>Téléconférence</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Webinaire</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <source>National government</source>
            <translation>Gouvernement national</translation>
        </message>
        <message>
            <source>Local government</source>
            <translation>Gouvernement local</translation>
        </message>
        <message>
            <source>UN agency</source>
            <translation>Organisme des Nations Unies</translation>
        </message>
        <message>
            <source>Inter-governmental organisation</source>
            <translation>Organisation intergouvernementale</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>ONG</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Université</translation>
        </message>
        <message>
            <source>Research institute</source>
            <translation>Institut de recherche</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Business association</source>
            <translation>Association professionnelle</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invité</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Written comments sent in advance</source>
            <translation>Commentaires écrits envoyés à l'avance</translation>
        </message>
        <message>
            <source>Written comments</source>
            <translation>Commentaires écrits</translation>
        </message>
        <message>
            <source>Sustainable Public Procurement</source>
            <translation>Achats publics durables</translation>
        </message>
        <message>
            <source>SPP</source>
            <translation>SPP</translation>
        </message>
        <message>
            <source>Consumer Information</source>
            <translation>Information des consommateurs</translation>
        </message>
        <message>
            <source>CI</source>
            <translation>CI</translation>
        </message>
        <message>
            <source>Sustainable Food Systems</source>
            <translation>Systèmes alimentaires durables</translation>
        </message>
        <message>
            <source>SFS</source>
            <translation>SFS</translation>
        </message>
        <message>
            <source>Sustainable Lifestyles and Education</source>
            <translation>Modes de vie et éducation durables</translation>
        </message>
        <message>
            <source>SLE</source>
            <translation>SLE</translation>
        </message>
        <message>
            <source>Sustainable Tourism</source>
            <translation>Tourisme durable</translation>
        </message>
        <message>
            <source>STP</source>
            <translation>STP</translation>
        </message>
        <message>
            <source>Sustainable Buildings and Construction (former)</source>
            <translation>Bâtiments et construction durables</translation>
        </message>
        <message>
            <source>SBC</source>
            <translation>SBC</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <source>Africa</source>
            <translation>Groupe des États d'Afrique</translation>
        </message>
        <message>
            <source>Asia and the Pacific</source>
            <translation>Groupe des États d'Asie et du Pacifique</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Asie-Pacifique</translation>
        </message>
        <message>
            <source>Eastern Europe</source>
            <translation>Groupe des États d'Europe orientale</translation>
        </message>
        <message>
            <source>Latin America and the Caribbean</source>
            <translation>Groupe des États d'Amérique latine et des Caraïbes</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>GRULAC</translation>
        </message>
        <message>
            <source>Western Europe and Others</source>
            <translation>Groupe des États d'Europe occidentale et autres États</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>WEOG</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumis</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Very late</source>
            <translation>Très en retard</translation>
        </message>
        <message>
            <source>Co-lead</source>
            <translation>Co-responsable</translation>
        </message>
        <message>
            <source>Core partner</source>
            <translation>Partenaire principal</translation>
        </message>
        <message>
            <source>Network member</source>
            <translation>Membre du réseau</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Gouvernement</translation>
        </message>
        <message>
            <source>UN and other inter-governmental</source>
            <translation>Organismes des Nations Unies et autres organisations intergouvernementales</translation>
        </message>
        <message>
            <source>UN / IGO</source>
            <translation>ONU / OIG</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Société civile</translation>
        </message>
        <message>
            <source>Scientific and technical</source>
            <translation>Organisations scientifiques et techniques</translation>
        </message>
        <message>
            <source>Science &amp; tech.</source>
            <translation>Science et tech.</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Secteur privé</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Not yet started</source>
            <translation>Pas encore commencé</translation>
        </message>
        <message>
            <source>Ongoing-postponed</source>
            <translation>En cours - reporté</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Reporté</translation>
        </message>
    </context>
    <context>
        <name>RenewalSteps</name>
        <message>
            <source>Agree on the need, the steps and the timeline</source>
            <translation>Convenir de la nécessité, des étapes et du calendrier</translation>
        </message>
        <message>
            <source>The leads and the Secretariat agree on the need for a renewal process, its specific steps and its timeline.</source>
            <translation>Les chefs de file et le Secrétariat conviennent de la nécessité d’un processus de renouvellement, de ses étapes et de son calendrier.</translation>
        </message>
        <message>
            <source>Open call for expressions of interest</source>
            <translation>Appel ouvert à manifestations d’intérêt</translation>
        </message>
        <message>
            <source>An open call for expressions of interest in leading the programme.</source>
            <translation>Un appel ouvert à manifestations d’intérêt pour diriger le programme.</translation>
        </message>
        <message>
            <source>Review of applications</source>
            <translation>Examen des candidatures</translation>
        </message>
        <message>
            <source>The Secretariat reviews the applications against the established evaluation criteria, possibly with the opinion of the Multi-stakeholder Advisory Committee (MAC), consulting the coordination desk and its knowledge of the network's partners.</source>
            <translation>Le Secrétariat examine les candidatures au regard des critères d’évaluation établis, le cas échéant avec l’avis du Comité consultatif multipartite (MAC), en consultant le bureau de coordination et sa connaissance des partenaires du réseau.</translation>
        </message>
        <message>
            <source>Submission to the Board</source>
            <translation>Soumission au Conseil</translation>
        </message>
        <message>
            <source>The selection proposal is submitted to the Board.</source>
            <translation>La proposition de sélection est soumise au Conseil.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non commencée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>The external review's recommendations on leadership were re-read with the leads and the Secretariat</source>
            <translation>Les recommandations de l’évaluation externe sur la direction ont été relues avec les chefs de file et le Secrétariat</translation>
        </message>
        <message>
            <source>Bringing in more than three leads was considered, to improve coordination capacity</source>
            <translation>L’intégration de plus de trois chefs de file a été envisagée, pour renforcer la capacité de coordination</translation>
        </message>
        <message>
            <source>The follow-through on leadership commitments was reviewed (a full-time staff member per lead at the coordination desk)</source>
            <translation>Le respect des engagements de direction a été examiné (un membre du personnel à plein temps par chef de file au bureau de coordination)</translation>
        </message>
        <message>
            <source>The health of the partnership and the engagement among partners were assessed</source>
            <translation>La santé du partenariat et l’engagement entre partenaires ont été évalués</translation>
        </message>
        <message>
            <source>The coordination desk was consulted on the applications</source>
            <translation>Le bureau de coordination a été consulté sur les candidatures</translation>
        </message>
        <message>
            <source>Succession planning up to 2030 was considered</source>
            <translation>La planification de la relève jusqu’en 2030 a été examinée</translation>
        </message>
    </context>
    <context>
        <name>SelectionDefaults</name>
        <message>
            <source>Africa</source>
            <translation>Groupe des États d'Afrique</translation>
        </message>
        <message>
            <source>Asia and the Pacific</source>
            <translation>Groupe des États d'Asie et du Pacifique</translation>
        </message>
        <message>
            <source>Eastern Europe</source>
            <translation>Groupe des États d'Europe orientale</translation>
        </message>
        <message>
            <source>Latin America and the Caribbean</source>
            <translation>Groupe des États d'Amérique latine et des Caraïbes</translation>
        </message>
        <message>
            <source>Western Europe and Others</source>
            <translation>Groupe des États d'Europe occidentale et autres États</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Gouvernement</translation>
        </message>
        <message>
            <source>UN and other inter-governmental</source>
            <translation>Organismes des Nations Unies et autres organisations intergouvernementales</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Société civile</translation>
        </message>
        <message>
            <source>Scientific and technical</source>
            <translation>Organisations scientifiques et techniques</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Secteur privé</translation>
        </message>
        <message>
            <source>Female representative</source>
            <translation>Représentante désignée</translation>
        </message>
        <message>
            <source>Continuity (incumbents)</source>
            <translation>Continuité (partenaires sortants)</translation>
        </message>
        <message>
            <source>One per parent organisation</source>
            <translation>Une par organisation mère</translation>
        </message>
        <message>
            <source>Per country</source>
            <translation>Par pays</translation>
        </message>
        <message>
            <source>From LDCs</source>
            <translation>Des PMA</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Eligible organisation type</source>
            <translation>Type d’organisation admissible</translation>
        </message>
        <message>
            <source>Contact details verified</source>
            <translation>Coordonnées vérifiées</translation>
        </message>
        <message>
            <source>Commitment to MAC participation</source>
            <translation>Engagement à participer au MAC</translation>
        </message>
        <message>
            <source>Due diligence: no sanctions or controversies</source>
            <translation>Diligence raisonnable : ni sanctions ni controverses</translation>
        </message>
        <message>
            <source>Work-stream fit</source>
            <translation>Adéquation aux axes de travail</translation>
        </message>
        <message>
            <source>Full-time staff member for the coordination desk</source>
            <translation>Membre du personnel à plein temps pour le bureau de coordination</translation>
        </message>
        <message>
            <source>Financial or in-kind contribution confirmed</source>
            <translation>Contribution financière ou en nature confirmée</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialogs</name>
        <message>
            <source>e.g. Core partners 2027–2028</source>
            <translation>p. ex. Partenaires principaux 2027–2028</translation>
        </message>
        <message>
            <source>&amp;Programme</source>
            <translation>&amp;Programme</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Opens on</source>
            <translation>&amp;Ouvert le</translation>
        </message>
        <message>
            <source>&amp;Closes on</source>
            <translation>&amp;Clôture le</translation>
        </message>
        <message>
            <source>Calls and evaluation criteria</source>
            <translation>Appels et critères d’évaluation</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Appels</translation>
        </message>
        <message>
            <source>New call…</source>
            <translation>Nouvel appel…</translation>
        </message>
        <message>
            <source>Edit call…</source>
            <translation>Modifier l’appel…</translation>
        </message>
        <message>
            <source>Evaluation criteria</source>
            <translation>Critères d’évaluation</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Edit call</source>
            <translation>Modifier l’appel</translation>
        </message>
        <message>
            <source>New call</source>
            <translation>Nouvel appel</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Add a call first.</source>
            <translation>Ajoutez d’abord un appel.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pouvez l’annuler avec Édition › Annuler.</translation>
        </message>
        <message>
            <source>Core-partner and co-lead calls start with the default evaluation criteria and weights; change them afterwards if the call says otherwise.</source>
            <translation>Les appels de partenaires principaux et de co-responsables commencent avec les critères d’évaluation et pondérations par défaut ; modifiez-les ensuite si l’appel en dispose autrement.</translation>
        </message>
        <message>
            <source>Evaluation criteria of {call}</source>
            <translation>Critères d’évaluation de {call}</translation>
        </message>
        <message>
            <source>No criteria: applications to this call cannot be scored yet.</source>
            <translation>Aucun critère : les candidatures à cet appel ne peuvent pas encore être notées.</translation>
        </message>
        <message>
            <source>Remove the criterion {name}?</source>
            <translation>Retirer le critère {name} ?</translation>
        </message>
        <message>
            <source>Applications already answer this call, so its programme and role stay.</source>
            <translation>Des candidatures répondent déjà à cet appel : son programme et son rôle restent.</translation>
        </message>
        <message>
            <source>{count} criteria; weights add up to {total}. A criterion with scores cannot be removed, but its weight can change.</source>
            <translation>{count} critères ; les pondérations totalisent {total}. Un critère ayant des notes ne peut pas être retiré, mais sa pondération peut changer.</translation>
        </message>
        <message>
            <source>Move the application of {name}</source>
            <translation>Faire avancer la candidature de {name}</translation>
        </message>
        <message>
            <source>Reopen for screening…</source>
            <translation>Rouvrir pour la présélection…</translation>
        </message>
        <message>
            <source>Reopen for review…</source>
            <translation>Rouvrir pour l’examen…</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Enregistrer la décision</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>&amp;Decided on</source>
            <translation>&amp;Décidé le</translation>
        </message>
        <message>
            <source>Term ends on</source>
            <translation>Fin du mandat le</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <source>Save scores</source>
            <translation>Enregistrer les notes</translation>
        </message>
        <message>
            <source>Declare a conflict of interest</source>
            <translation>Déclarer un conflit d’intérêts</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>Déclarer</translation>
        </message>
        <message>
            <source>e.g. advised the applicant on its application</source>
            <translation>p. ex. a conseillé le candidat sur sa candidature</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Raison</translation>
        </message>
        <message>
            <source>Review pack (PDF)…</source>
            <translation>Dossier d’évaluation (PDF)…</translation>
        </message>
        <message>
            <source>Start screening…</source>
            <translation>Commencer la présélection…</translation>
        </message>
        <message>
            <source>Send to review…</source>
            <translation>Envoyer à l’examen…</translation>
        </message>
        <message>
            <source>Ask the MAC's opinion…</source>
            <translation>Demander l’avis du MAC…</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>Accepter…</translation>
        </message>
        <message>
            <source>Not accept…</source>
            <translation>Ne pas accepter…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>Reopen the application of {name}</source>
            <translation>Rouvrir la candidature de {name}</translation>
        </message>
        <message>
            <source>Start screening the application of {name}</source>
            <translation>Commencer la présélection de la candidature de {name}</translation>
        </message>
        <message>
            <source>Send the application of {name} to review</source>
            <translation>Envoyer la candidature de {name} à l’examen</translation>
        </message>
        <message>
            <source>Ask the MAC's opinion on {name}</source>
            <translation>Demander l’avis du MAC sur {name}</translation>
        </message>
        <message>
            <source>Accept the application of {name}</source>
            <translation>Accepter la candidature de {name}</translation>
        </message>
        <message>
            <source>Not accept the application of {name}</source>
            <translation>Ne pas accepter la candidature de {name}</translation>
        </message>
        <message>
            <source>Withdraw the application of {name}</source>
            <translation>Retirer la candidature de {name}</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <source>Why (kept in the application's history)</source>
            <translation>Pourquoi (conservé dans l’historique de la candidature)</translation>
        </message>
        <message>
            <source>A note for the history (optional)</source>
            <translation>Une note pour l’historique (facultatif)</translation>
        </message>
        <message>
            <source>&amp;Reason (required)</source>
            <translation>&amp;Raison (obligatoire)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>e.g. the MAC agreed to review it while checks finish</source>
            <translation>p. ex. le MAC a accepté de l’examiner pendant que les vérifications se terminent</translation>
        </message>
        <message>
            <source>&amp;Override reason</source>
            <translation>&amp;Raison de passer outre</translation>
        </message>
        <message>
            <source>End the membership this acceptance created (today)</source>
            <translation>Mettre fin à l’adhésion créée par cette acceptation (aujourd’hui)</translation>
        </message>
        <message>
            <source>A membership that is still active must end before its application can be reopened, so the history stays true.</source>
            <translation>Une adhésion encore active doit se terminer avant que sa candidature puisse être rouverte, pour que l’historique reste exact.</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accepter</translation>
        </message>
        <message>
            <source>&amp;Not accept</source>
            <translation>&amp;Ne pas accepter</translation>
        </message>
        <message>
            <source>&amp;Withdrawn</source>
            <translation>&amp;Retirée</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>non noté</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>A reviewer from the applicant, its parent or its affiliates cannot score it. Leave a criterion at “not scored” to score it later.</source>
            <translation>Un évaluateur venant du candidat, de son organisation mère ou de ses affiliés ne peut pas le noter. Laissez un critère sur « non noté » pour le noter plus tard.</translation>
        </message>
        <message>
            <source>Highest weighted total first; equal totals by earlier receipt. Applications nobody has scored, and withdrawn ones, come last without a rank. Double-click one to open it.</source>
            <translation>Le total pondéré le plus élevé d’abord ; à total égal, la réception la plus ancienne. Les candidatures que personne n’a notées, et celles retirées, viennent en dernier sans rang. Double-cliquez sur l’une pour l’ouvrir.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Weighted total</source>
            <translation>Total pondéré</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>{name}: from {old} to {new}.</source>
            <translation>{name} : de {old} à {new}.</translation>
        </message>
        <message>
            <source>Decision on {name}</source>
            <translation>Décision sur {name}</translation>
        </message>
        <message>
            <source>{name} applies to be a {role} of {programme}.</source>
            <translation>{name} demande à devenir {role} de {programme}.</translation>
        </message>
        <message>
            <source>Score {name}</source>
            <translation>Noter {name}</translation>
        </message>
        <message>
            <source>The call has no evaluation criteria yet, so there is nothing to score.</source>
            <translation>L’appel n’a pas encore de critères d’évaluation, il n’y a donc rien à noter.</translation>
        </message>
        <message>
            <source>Choose the reviewer first.</source>
            <translation>Choisissez d’abord l’évaluateur.</translation>
        </message>
        <message>
            <source>A reviewer who declares a conflict with {name} cannot score it; scores they gave before are kept but no longer count.</source>
            <translation>Un évaluateur qui déclare un conflit avec {name} ne peut pas le noter ; les notes qu’il a données avant sont conservées mais ne comptent plus.</translation>
        </message>
        <message>
            <source>Ranking: {call}</source>
            <translation>Classement : {call}</translation>
        </message>
        <message>
            <source>Ranking of {call}</source>
            <translation>Classement de {call}</translation>
        </message>
        <message>
            <source>reviews missing</source>
            <translation>évaluations manquantes</translation>
        </message>
        <message>
            <source>{ranked} of {count} applications ranked.</source>
            <translation>{ranked} candidatures classées sur {count}.</translation>
        </message>
        <message>
            <source>The screening checklist is not complete. Not done: {items}. Tick them first, or give a reason to go ahead anyway; the reason and the items not done are kept in the history.</source>
            <translation>La liste de vérification de la présélection n’est pas complète. Non fait : {items}. Cochez-les d’abord, ou donnez une raison de continuer quand même ; la raison et les éléments non faits sont conservés dans l’historique.</translation>
        </message>
        <message>
            <source>Accepting makes {name} a {role} of {programme} from the decision date. Co-leads and core partners serve two-year terms; network members usually have no end date.</source>
            <translation>Accepter fait de {name} un {role} de {programme} à partir de la date de décision. Les co-responsables et partenaires principaux ont des mandats de deux ans ; les membres du réseau n’ont généralement pas de date de fin.</translation>
        </message>
        <message>
            <source>&amp;Rationale</source>
            <translation>&amp;Justification</translation>
        </message>
        <message>
            <source>&amp;Rationale (required)</source>
            <translation>&amp;Justification (obligatoire)</translation>
        </message>
        <message>
            <source>Optional: why it was accepted (it can be quoted in the letter)</source>
            <translation>Facultatif : pourquoi elle a été acceptée (peut être citée dans la lettre)</translation>
        </message>
        <message>
            <source>Why it was not accepted; this is quoted in the decision letter</source>
            <translation>Pourquoi elle n’a pas été acceptée ; c’est cité dans la lettre de décision</translation>
        </message>
        <message>
            <source>e.g. the organisation withdrew by e-mail on …</source>
            <translation>p. ex. l’organisation s’est retirée par courriel le …</translation>
        </message>
        <message>
            <source>Score (0–{max})</source>
            <translation>Note (0–{max})</translation>
        </message>
        <message>
            <source>reviewers disagree on {criteria}</source>
            <translation>les évaluateurs divergent sur {criteria}</translation>
        </message>
        <message>
            <source>{count} reviewer(s) left out for a conflict</source>
            <translation>{count} évaluateur(s) écarté(s) pour conflit</translation>
        </message>
        <message>
            <source>{done} complete reviews; {needed} needed</source>
            <translation>{done} évaluations complètes ; {needed} nécessaires</translation>
        </message>
        <message>
            <source>Record an application</source>
            <translation>Enregistrer une candidature</translation>
        </message>
        <message>
            <source>Record application</source>
            <translation>Enregistrer une candidature</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>An organisation in the &amp;registry</source>
            <translation>Une organisation du &amp;registre</translation>
        </message>
        <message>
            <source>A ne&amp;w organisation</source>
            <translation>Une &amp;nouvelle organisation</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>Type a country's name or its ISO code</source>
            <translation>Saisissez le nom d’un pays ou son code ISO</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non défini)</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Acron&amp;ym</source>
            <translation>Si&amp;gle</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>Stakeholder c&amp;luster</source>
            <translation>&amp;Groupe de parties prenantes</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>Site &amp;web</translation>
        </message>
        <message>
            <source>It is a new organisation</source>
            <translation>C’est une nouvelle organisation</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Re&amp;presentative</source>
            <translation>Re&amp;présentant</translation>
        </message>
        <message>
            <source>Alte&amp;rnate</source>
            <translation>Su&amp;ppléant</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Candidature</translation>
        </message>
        <message>
            <source>Pro&amp;gramme</source>
            <translation>Pro&amp;gramme</translation>
        </message>
        <message>
            <source>Role &amp;applied for</source>
            <translation>Rôle &amp;demandé</translation>
        </message>
        <message>
            <source>Ca&amp;ll</source>
            <translation>A&amp;ppel</translation>
        </message>
        <message>
            <source>Recei&amp;ved on</source>
            <translation>Re&amp;çue le</translation>
        </message>
        <message>
            <source>The statement of interest, as sent</source>
            <translation>La déclaration d’intérêt, telle qu’envoyée</translation>
        </message>
        <message>
            <source>S&amp;tatement</source>
            <translation>Dé&amp;claration</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Contribution</translation>
        </message>
        <message>
            <source>What is offered: amount, staff, in-kind support</source>
            <translation>Ce qui est offert : montant, personnel, soutien en nature</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Choose the country from the list (type part of its name or its three-letter code).</source>
            <translation>Choisissez le pays dans la liste (saisissez une partie de son nom ou son code à trois lettres).</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Joindre des fichiers</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>For an application received by e-mail or on paper. A new organisation, its people and the application are saved together: Edit › Undo removes them all.</source>
            <translation>Pour une candidature reçue par courriel ou sur papier. Une nouvelle organisation, ses personnes et la candidature sont enregistrées ensemble : Édition › Annuler les retire toutes.</translation>
        </message>
        <message>
            <source>The organisation's designated representative and alternate: someone already recorded, or a new person added with the application.</source>
            <translation>Le représentant désigné de l’organisation et son suppléant : une personne déjà enregistrée, ou une nouvelle personne ajoutée avec la candidature.</translation>
        </message>
        <message>
            <source>Work-streams of interest</source>
            <translation>Axes de travail d’intérêt</translation>
        </message>
        <message>
            <source>Priority sectors</source>
            <translation>Secteurs prioritaires</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry:</source>
            <translation>Cette organisation est peut-être déjà dans le registre :</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry, as one of these:</source>
            <translation>Cette organisation est peut-être déjà dans le registre, sous l’un de ces noms :</translation>
        </message>
        <message>
            <source>Choose the organisation from the list that appears as you type, or record a new organisation.</source>
            <translation>Choisissez l’organisation dans la liste qui apparaît pendant la saisie, ou enregistrez une nouvelle organisation.</translation>
        </message>
        <message>
            <source>This organisation may already be in the registry: choose “Use this organisation” beside the right one, or “It is a new organisation”.</source>
            <translation>Cette organisation est peut-être déjà dans le registre : choisissez « Utiliser cette organisation » à côté de la bonne, ou « C’est une nouvelle organisation ».</translation>
        </message>
        <message>
            <source>(none: network members may apply at any time)</source>
            <translation>(aucun : les membres du réseau peuvent postuler à tout moment)</translation>
        </message>
        <message>
            <source>Copied into the database, at most {limit} MB each.</source>
            <translation>Copiés dans la base de données, {limit} Mo au plus chacun.</translation>
        </message>
        <message>
            <source>(no call for this programme and role yet: add one in Applications › Calls and evaluation criteria)</source>
            <translation>(pas encore d’appel pour ce programme et ce rôle : ajoutez-en un dans Candidatures › Appels et critères d’évaluation)</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
            <translation>{name} fait {size:.1f} Mo ; les pièces jointes font au plus {limit} Mo.</translation>
        </message>
        <message>
            <source>{name} is empty; there is nothing to attach.</source>
            <translation>{name} est vide ; il n’y a rien à joindre.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>{name} ne peut pas être lu : {reason}.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nom@example.org</translation>
        </message>
        <message>
            <source>Gender as the person states it; sensitive, never exported unless asked.</source>
            <translation>Genre tel que la personne le déclare ; donnée sensible, jamais exportée sauf demande.</translation>
        </message>
        <message>
            <source>Use this organisation</source>
            <translation>Utiliser cette organisation</translation>
        </message>
        <message>
            <source>(nobody named)</source>
            <translation>(personne de nommé)</translation>
        </message>
        <message>
            <source>A new person…</source>
            <translation>Une nouvelle personne…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{why}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{why}</translation>
        </message>
        <message>
            <source>Why: {reasons}.</source>
            <translation>Pourquoi : {reasons}.</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} Mo</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Pondération</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>Edit criterion</source>
            <translation>Modifier le critère</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Nouveau critère</translation>
        </message>
        <message>
            <source>Weights are relative: a criterion weighing 2 counts twice as much as one weighing 1. Scores already given stay; the totals follow the new weight.</source>
            <translation>Les pondérations sont relatives : un critère pesant 2 compte deux fois plus qu’un critère pesant 1. Les notes déjà données restent ; les totaux suivent la nouvelle pondération.</translation>
        </message>
        <message>
            <source>Type part of the name or acronym</source>
            <translation>Saisissez une partie du nom ou du sigle</translation>
        </message>
        <message>
            <source>(choose a reviewer of this call)</source>
            <translation>(choisissez un évaluateur de cet appel)</translation>
        </message>
        <message>
            <source>or find the reviewer's organisation</source>
            <translation>ou trouvez l’organisation de l’évaluateur</translation>
        </message>
        <message>
            <source>(choose the organisation first)</source>
            <translation>(choisissez d’abord l’organisation)</translation>
        </message>
        <message>
            <source>Reviewer of this call</source>
            <translation>Évaluateur de cet appel</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>(nobody has scored in this call yet)</source>
            <translation>(personne n’a encore noté dans cet appel)</translation>
        </message>
        <message>
            <source>(choose the person)</source>
            <translation>(choisissez la personne)</translation>
        </message>
        <message>
            <source>(no people recorded)</source>
            <translation>(aucune personne enregistrée)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose the file</source>
            <translation>Choisir le fichier</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one row per application or organisation and the column names in the first row.</source>
            <translation>Un fichier CSV ou Excel (.xlsx) avec une ligne par candidature ou organisation et les noms de colonnes sur la première ligne.</translation>
        </message>
        <message>
            <source>&amp;Applications</source>
            <translation>&amp;Candidatures</translation>
        </message>
        <message>
            <source>&amp;Organisations and their people (a partner list)</source>
            <translation>Des &amp;organisations et leurs personnes (une liste de partenaires)</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>Le fichier contient</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>Le fichier à importer</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>(none: each row names its programme and role)</source>
            <translation>(aucun : chaque ligne indique son programme et son rôle)</translation>
        </message>
        <message>
            <source>&amp;Call</source>
            <translation>&amp;Appel</translation>
        </message>
        <message>
            <source>Import from</source>
            <translation>Importer depuis</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation>Feuilles de calcul (*.csv *.xlsx *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Faire correspondre les colonnes</translation>
        </message>
        <message>
            <source>Which field each column of the file fills. Columns set to “leave out” are not imported. The matching is remembered for the call.</source>
            <translation>Le champ que remplit chaque colonne du fichier. Les colonnes réglées sur « ignorer » ne sont pas importées. La correspondance est mémorisée pour l’appel.</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Vérifier avant d’importer</translation>
        </message>
        <message>
            <source>Every problem of the file, by row and column. Nothing is written until you press Import, and a file with problems writes nothing.</source>
            <translation>Chaque problème du fichier, par ligne et colonne. Rien n’est écrit avant que vous appuyiez sur Importer, et un fichier avec des problèmes n’écrit rien.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Possible duplicates of organisations in the registry</source>
            <translation>Doublons possibles d’organisations du registre</translation>
        </message>
        <message>
            <source>What changes in the registry</source>
            <translation>Ce qui change dans le registre</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Premières valeurs</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>(leave out)</source>
            <translation>(ignorer)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Ce qui ne va pas</translation>
        </message>
        <message>
            <source>Organisation in the file</source>
            <translation>Organisation dans le fichier</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Actuellement</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>Après l’import</translation>
        </message>
        <message>
            <source>The file has an id column: its rows update those organisations, field by field (rows without an id are new organisations). Nothing is written until you press Import, and a file with problems writes nothing.</source>
            <translation>Le fichier a une colonne id : ses lignes mettent à jour ces organisations, champ par champ (les lignes sans id sont de nouvelles organisations). Rien n’est écrit avant que vous appuyiez sur Importer, et un fichier avec des problèmes n’écrit rien.</translation>
        </message>
        <message>
            <source>no change to existing organisations</source>
            <translation>aucune modification des organisations existantes</translation>
        </message>
        <message>
            <source>, 1 new organisation</source>
            <translation>, 1 nouvelle organisation</translation>
        </message>
        <message>
            <source>The warning below does not stop the import.</source>
            <translation>L’avertissement ci-dessous n’empêche pas l’importation.</translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>Avertissement : </translation>
        </message>
        <message>
            <source>Create a new organisation</source>
            <translation>Créer une nouvelle organisation</translation>
        </message>
        <message>
            <source>The import is one step: Edit › Undo puts back every value it changed and removes what it added.</source>
            <translation>L’import est une seule étape : Édition › Annuler rétablit chaque valeur modifiée et retire ce qui a été ajouté.</translation>
        </message>
        <message>
            <source>The import is one step: Edit › Undo removes everything it added.</source>
            <translation>L’importation est une seule étape : Édition › Annuler retire tout ce qu’elle a ajouté.</translation>
        </message>
        <message>
            <source>Columns are matched by name (case, spaces and accents do not matter); you can change the matching on the next page. &lt;b&gt;Required:&lt;/b&gt; {required}. &lt;b&gt;Also read:&lt;/b&gt; {optional}.</source>
            <translation>Les colonnes sont associées par leur nom (majuscules, espaces et accents n’importent pas) ; vous pouvez changer la correspondance à la page suivante. &lt;b&gt;Obligatoires :&lt;/b&gt; {required}. &lt;b&gt;Lues aussi :&lt;/b&gt; {optional}.</translation>
        </message>
        <message>
            <source>Checking {count} rows…</source>
            <translation>Vérification de {count} lignes…</translation>
        </message>
        <message>
            <source>1 change to 1 organisation</source>
            <translation>1 modification d’1 organisation</translation>
        </message>
        <message>
            <source>Leave out the rows with problems</source>
            <translation>Ignorer les lignes qui posent problème</translation>
        </message>
        <message>
            <source>Update organisations from {file}</source>
            <translation>Mettre à jour les organisations depuis {file}</translation>
        </message>
        <message>
            <source>Import {kind} from {file}</source>
            <translation>Importer des {kind} depuis {file}</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Il n’y a pas de fichier à {path}.</translation>
        </message>
        <message>
            <source>Required fields without a column: {fields}.</source>
            <translation>Champs obligatoires sans colonne : {fields}.</translation>
        </message>
        <message>
            <source>Filled by two columns: {fields}; leave one of them out.</source>
            <translation>Remplis par deux colonnes : {fields} ; ignorez l’une d’elles.</translation>
        </message>
        <message>
            <source>{count} columns will be imported; * marks the required fields.</source>
            <translation>{count} colonnes seront importées ; * marque les champs obligatoires.</translation>
        </message>
        <message>
            <source>{apps} applications ({new} new organisations, {linked} linked to the registry, {people} new people)</source>
            <translation>{apps} candidatures ({new} nouvelles organisations, {linked} liées au registre, {people} nouvelles personnes)</translation>
        </message>
        <message>
            <source>{new} new organisations, {linked} linked to the registry, {people} new people</source>
            <translation>{new} nouvelles organisations, {linked} liées au registre, {people} nouvelles personnes</translation>
        </message>
        <message>
            <source>{rows} rows checked: 1 problem must be corrected (or its row left out) before anything can be imported.</source>
            <translation>{rows} lignes vérifiées : 1 problème doit être corrigé (ou sa ligne ignorée) avant toute importation.</translation>
        </message>
        <message>
            <source>{rows} rows checked: {errors} problems must be corrected (or their rows left out) before anything can be imported.</source>
            <translation>{rows} lignes vérifiées : {errors} problèmes doivent être corrigés (ou leurs lignes ignorées) avant toute importation.</translation>
        </message>
        <message>
            <source>{rows} rows checked, no problems: the file holds the registry's values as they are, so nothing would change.</source>
            <translation>{rows} lignes vérifiées, aucun problème : le fichier contient les valeurs du registre telles quelles, rien ne changerait donc.</translation>
        </message>
        <message>
            <source>Left out: rows {rows}.</source>
            <translation>Ignorées : lignes {rows}.</translation>
        </message>
        <message>
            <source>applications</source>
            <translation>candidatures</translation>
        </message>
        <message>
            <source>organisations</source>
            <translation>organisations</translation>
        </message>
        <message>
            <source>{count} warnings were noted (shown on the previous page): columns not imported, or new organisations that may be duplicates.</source>
            <translation>{count} avertissements ont été notés (affichés à la page précédente) : colonnes non importées, ou nouvelles organisations qui pourraient être des doublons.</translation>
        </message>
        <message>
            <source>, {new} new organisations</source>
            <translation>, {new} nouvelles organisations</translation>
        </message>
        <message>
            <source>{rows} rows checked, no problems. Import will make {what}.</source>
            <translation>{rows} lignes vérifiées, aucun problème. L’import apportera {what}.</translation>
        </message>
        <message>
            <source>{rows} rows checked, no problems. Import will add {what}.</source>
            <translation>{rows} lignes vérifiées, aucun problème. L’importation ajoutera {what}.</translation>
        </message>
        <message>
            <source>The {count} warnings below do not stop the import.</source>
            <translation>Les {count} avertissements ci-dessous n’empêchent pas l’importation.</translation>
        </message>
        <message>
            <source>Leave out the rows with problems (rows {rows})</source>
            <translation>Ignorer les lignes qui posent problème (lignes {rows})</translation>
        </message>
        <message>
            <source>Leave out the rows with problems (rows {rows}) and import the rest</source>
            <translation>Ignorer les lignes qui posent problème (lignes {rows}) et importer le reste</translation>
        </message>
        <message>
            <source>Same as {name}: {why}</source>
            <translation>Identique à {name} : {why}</translation>
        </message>
        <message>
            <source>{count} warnings were noted (shown on the previous page); for organisations that may be duplicates, merge them in the registry if they are the same.</source>
            <translation>{count} avertissements ont été notés (affichés à la page précédente) ; pour les organisations qui sont peut-être des doublons, fusionnez-les dans le registre si ce sont les mêmes.</translation>
        </message>
        <message>
            <source>{changes} changes to 1 organisation</source>
            <translation>{changes} modifications d’1 organisation</translation>
        </message>
        <message>
            <source>{changes} changes to {organisations} organisations</source>
            <translation>{changes} modifications de {organisations} organisations</translation>
        </message>
    </context>
    <context>
        <name>FolderWatch</name>
        <message>
            <source>{count} new exchange files from {laptops}</source>
            <translation>{count} nouveaux fichiers d’échange de {laptops}</translation>
        </message>
        <message>
            <source>Open File › Exchange with other laptops to read them (Read now).</source>
            <translation>Ouvrez Fichier › Échanger avec d’autres ordinateurs portables pour les lire (Lire maintenant).</translation>
        </message>
        <message>
            <source>1 new exchange file from {laptops}</source>
            <translation>1 nouveau fichier d’échange de {laptops}</translation>
        </message>
        <message>
            <source>{news}: File › Exchange with other laptops… to read them.</source>
            <translation>{news} : Fichier › Échanger avec d’autres ordinateurs portables… pour les lire.</translation>
        </message>
    </context>
    <context>
        <name>Leadership</name>
        <message>
            <source>Nobody is proposed yet: tick candidates in the table to propose them.</source>
            <translation>Personne n’est encore proposé : cochez des candidats dans le tableau pour les proposer.</translation>
        </message>
        <message>
            <source>1 lead proposed.</source>
            <translation>1 responsable proposé.</translation>
        </message>
        <message>
            <source>Every balance rule is met</source>
            <translation>Chaque règle d’équilibre est respectée</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>At the edge</source>
            <translation>À la limite</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>Non respectée</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>au moins {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>au plus {n}</translation>
        </message>
        <message>
            <source>{n} leads proposed.</source>
            <translation>{n} responsables proposés.</translation>
        </message>
        <message>
            <source>{n} of {total} balance rules broken: {names}.</source>
            <translation>{n} règles d’équilibre non respectées sur {total} : {names}.</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} à {high}</translation>
        </message>
        <message>
            <source> ({n} at the edge).</source>
            <translation> ({n} à la limite).</translation>
        </message>
        <message>
            <source>Open the process</source>
            <translation>Ouvrir le processus</translation>
        </message>
        <message>
            <source>(no call yet: link it later)</source>
            <translation>(pas encore d’appel : liez-le plus tard)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Opened on</source>
            <translation>&amp;Ouvert le</translation>
        </message>
        <message>
            <source>Co-lead &amp;call</source>
            <translation>&amp;Appel de co-responsables</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Close the step</source>
            <translation>Clôturer l’étape</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Faite le</translation>
        </message>
        <message>
            <source>&amp;Reason to override the order</source>
            <translation>&amp;Raison de forcer l’ordre</translation>
        </message>
        <message>
            <source>Why this step is closed before the one before it (recorded with the step, its closing and the audit trail)</source>
            <translation>Pourquoi cette étape est clôturée avant la précédente (enregistré avec l’étape, sa clôture et la piste d’audit)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Raison</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>A candidate or current member</source>
            <translation>Un candidat ou un membre actuel</translation>
        </message>
        <message>
            <source>Another organisation</source>
            <translation>Une autre organisation</translation>
        </message>
        <message>
            <source>A name</source>
            <translation>Un nom</translation>
        </message>
        <message>
            <source>for example “Open seat: Africa”</source>
            <translation>par exemple « Siège vacant : Afrique »</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Année</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>R&amp;ôle</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Save scores</source>
            <translation>Enregistrer les notes</translation>
        </message>
        <message>
            <source>Co-lead call of the renewal</source>
            <translation>Appel de co-responsables du renouvellement</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>(no call)</source>
            <translation>(aucun appel)</translation>
        </message>
        <message>
            <source>&amp;Call</source>
            <translation>&amp;Appel</translation>
        </message>
        <message>
            <source>The call is step 2's open call for expressions of interest; its evaluation criteria are the lead criteria (the co-lead defaults when it has none).</source>
            <translation>L’appel est l’appel à manifestation d’intérêt ouvert de l’étape 2 ; ses critères d’évaluation sont les critères de direction (ceux des co-responsables par défaut s’il n’en a pas).</translation>
        </message>
        <message>
            <source>Close with override</source>
            <translation>Clôturer en forçant</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>Edit succession entry</source>
            <translation>Modifier l’entrée de succession</translation>
        </message>
        <message>
            <source>Plan a succession entry</source>
            <translation>Planifier une entrée de succession</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>non noté</translation>
        </message>
        <message>
            <source>A reviewer from the incumbent, its parent or its affiliates cannot score it.</source>
            <translation>Un évaluateur venant du titulaire, de son organisation mère ou de ses affiliés ne peut pas le noter.</translation>
        </message>
        <message>
            <source>The applicants are the call's co-lead applications, and the lead criteria are its evaluation criteria (the co-lead defaults when it has none).</source>
            <translation>Les candidats sont les candidatures de co-responsables de l’appel, et les critères de direction sont ses critères d’évaluation (ceux des co-responsables par défaut s’il n’en a pas).</translation>
        </message>
        <message>
            <source>New leadership renewal process for {code}</source>
            <translation>Nouveau processus de renouvellement de la direction pour {code}</translation>
        </message>
        <message>
            <source>{code} leadership renewal {year}</source>
            <translation>Renouvellement de la direction de {code} {year}</translation>
        </message>
        <message>
            <source>Close step {number}</source>
            <translation>Clôturer l’étape {number}</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>Étape {number} : {title}</translation>
        </message>
        <message>
            <source>Score {name}</source>
            <translation>Noter {name}</translation>
        </message>
        <message>
            <source>The process has no lead criteria yet, so there is nothing to score.</source>
            <translation>Le processus n’a pas encore de critères de direction, il n’y a donc rien à noter.</translation>
        </message>
        <message>
            <source>Choose the reviewer first.</source>
            <translation>Choisissez d’abord l’évaluateur.</translation>
        </message>
        <message>
            <source>{title} ({start} to {end})</source>
            <translation>{title} (du {start} au {end})</translation>
        </message>
        <message>
            <source>Write the reason to override the order (it is recorded with the step), or cancel.</source>
            <translation>Écrivez la raison de forcer l’ordre (elle est enregistrée avec l’étape), ou annulez.</translation>
        </message>
        <message>
            <source>Score (0–{max})</source>
            <translation>Note (0–{max})</translation>
        </message>
        <message>
            <source>{title} ({start} to {end}, {count} applications)</source>
            <translation>{title} (du {start} au {end}, {count} candidatures)</translation>
        </message>
        <message>
            <source>Building the dossier…</source>
            <translation>Construction du dossier…</translation>
        </message>
        <message>
            <source>Building the roster…</source>
            <translation>Construction de la liste des membres…</translation>
        </message>
        <message>
            <source>Ends within 3 months</source>
            <translation>Se termine dans les 3 mois</translation>
        </message>
        <message>
            <source>Ends within 6 months</source>
            <translation>Se termine dans les 6 mois</translation>
        </message>
        <message>
            <source>Holding over since {day}: no successor yet</source>
            <translation>En prolongation depuis le {day} : pas encore de successeur</translation>
        </message>
        <message>
            <source>Untick to leave the date unset</source>
            <translation>Décochez pour laisser la date non définie</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sans fin</translation>
        </message>
    </context>
    <context>
        <name>MeetingsOperations</name>
        <message>
            <source>Writing the meeting pack…</source>
            <translation>Écriture du dossier de la réunion…</translation>
        </message>
    </context>
    <context>
        <name>PortfolioOperations</name>
        <message>
            <source>Exporting the initiatives…</source>
            <translation>Export des initiatives…</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigle</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <source>Stakeholder cluster</source>
            <translation>Groupe de parties prenantes</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>This column is not sortable.</source>
            <translation>Cette colonne ne peut pas être triée.</translation>
        </message>
        <message>
            <source>Click to sort by {column}.</source>
            <translation>Cliquez pour trier par {column}.</translation>
        </message>
    </context>
    <context>
        <name>ReportingCharts</name>
        <message>
            <source>{rate:.0%} ({reported} of {partners})</source>
            <translation>{rate:.0%} ({reported} sur {partners})</translation>
        </message>
        <message>
            <source>No partners.</source>
            <translation>Aucun partenaire.</translation>
        </message>
        <message>
            <source>target {target:.0%}</source>
            <translation>objectif {target:.0%}</translation>
        </message>
    </context>
    <context>
        <name>ReportingOperations</name>
        <message>
            <source>Preparing reminders…</source>
            <translation>Préparation des relances…</translation>
        </message>
        <message>
            <source>Writing the cycle summary…</source>
            <translation>Écriture du résumé du cycle…</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Preparing the reminders…</source>
            <translation>Préparation des relances…</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <source>{name} cannot be imported. {reason}</source>
            <translation>{name} ne peut pas être importé. {reason}</translation>
        </message>
    </context>
    <context>
        <name>Balance</name>
        <message>
            <source>no bound</source>
            <translation>pas de borne</translation>
        </message>
        <message>
            <source>Choose a call to see its balance.</source>
            <translation>Choisissez un appel pour voir son équilibre.</translation>
        </message>
        <message>
            <source>No balance rules: any slate of the right size will do.</source>
            <translation>Aucune règle d’équilibre : toute liste de la bonne taille convient.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>At the edge</source>
            <translation>À la limite</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>Non respectée</translation>
        </message>
        <message>
            <source>The rule is met with room to spare.</source>
            <translation>La règle est respectée avec de la marge.</translation>
        </message>
        <message>
            <source>The rule is met, but one change could break it.</source>
            <translation>La règle est respectée, mais un changement pourrait la rompre.</translation>
        </message>
        <message>
            <source>The rule is not met.</source>
            <translation>La règle n’est pas respectée.</translation>
        </message>
        <message>
            <source>{count} · {bounds}</source>
            <translation>{count} · {bounds}</translation>
        </message>
        <message>
            <source>1 rule broken</source>
            <translation>1 règle non respectée</translation>
        </message>
        <message>
            <source>No rule broken so far.</source>
            <translation>Aucune règle non respectée pour l’instant.</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>au moins {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>au plus {n}</translation>
        </message>
        <message>
            <source>Every rule is met.</source>
            <translation>Chaque règle est respectée.</translation>
        </message>
        <message>
            <source>{n} rules broken</source>
            <translation>{n} règles non respectées</translation>
        </message>
        <message>
            <source>, {n} at the edge</source>
            <translation>, {n} à la limite</translation>
        </message>
        <message>
            <source> {n} at the edge: one change could break them.</source>
            <translation> {n} à la limite : un changement pourrait les rompre.</translation>
        </message>
    </context>
    <context>
        <name>SelectionCharts</name>
        <message>
            <source>By regional group</source>
            <translation>Par groupe régional</translation>
        </message>
        <message>
            <source>By stakeholder cluster</source>
            <translation>Par groupe de parties prenantes</translation>
        </message>
        <message>
            <source>By representative's gender</source>
            <translation>Par genre du représentant</translation>
        </message>
        <message>
            <source>Green dashed mark: the least a rule asks. Red mark: the most it allows. A count outside them says so beside its bar.</source>
            <translation>Marque verte en pointillés : le minimum qu’une règle demande. Marque rouge : le maximum qu’elle permet. Un nombre en dehors est signalé à côté de sa barre.</translation>
        </message>
        <message>
            <source>needs {n}</source>
            <translation>en faut {n}</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>au plus {n}</translation>
        </message>
        <message>
            <source>No cluster</source>
            <translation>Aucun groupe</translation>
        </message>
    </context>
    <context>
        <name>SelectionPool</name>
        <message>
            <source>Pinned in</source>
            <translation>Épinglé dedans</translation>
        </message>
        <message>
            <source>Pinned out</source>
            <translation>Épinglé dehors</translation>
        </message>
        <message>
            <source>Incumbent</source>
            <translation>Titulaire</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Choisi</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <source>Representative's gender</source>
            <translation>Genre du représentant</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Épinglage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Not picked</source>
            <translation>Non choisi</translation>
        </message>
        <message>
            <source>Tick to put this candidate on the slate (or double-click the row).</source>
            <translation>Cochez pour mettre ce candidat dans la liste (ou double-cliquez sur la ligne).</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>{name}: a current core partner seeking renewal</source>
            <translation>{name} : un partenaire principal actuel demandant le renouvellement</translation>
        </message>
    </context>
    <context>
        <name>SelectionProposal</name>
        <message>
            <source>When two slates have the same best score, a fixed order of the candidates settles it, so the same pool and rules always give the same slate.</source>
            <translation>Lorsque deux listes ont le même meilleur score, un ordre fixe des candidats les départage, de sorte que le même vivier et les mêmes règles donnent toujours la même liste.</translation>
        </message>
        <message>
            <source>The rules cannot all be met together.</source>
            <translation>Les règles ne peuvent pas toutes être respectées ensemble.</translation>
        </message>
        <message>
            <source>Once it is dropped, every other rule can be met.</source>
            <translation>Si on l’abandonne, toutes les autres règles peuvent être respectées.</translation>
        </message>
        <message>
            <source>Dropping any one of them settles it: the other rules can then all be met.</source>
            <translation>En abandonner une seule suffit : les autres règles peuvent alors toutes être respectées.</translation>
        </message>
        <message>
            <source>Dropping any one of them alone does not settle it, as other rules conflict too; dropping all of them does: the other rules can then all be met.</source>
            <translation>Abandonner l’une d’elles seule ne suffit pas, car d’autres règles sont aussi en conflit ; les abandonner toutes suffit : les autres règles peuvent alors toutes être respectées.</translation>
        </message>
        <message>
            <source>Use this slate</source>
            <translation>Utiliser cette liste</translation>
        </message>
        <message>
            <source>Press Propose for the slate with the best total score that meets every rule, or right-click a candidate and ask why it is not in that slate.</source>
            <translation>Appuyez sur Proposer pour obtenir la liste au meilleur score total qui respecte chaque règle, ou faites un clic droit sur un candidat pour demander pourquoi il n’est pas dans cette liste.</translation>
        </message>
        <message>
            <source>No alternate can step in without upsetting the balance.</source>
            <translation>Aucun suppléant ne peut entrer sans rompre l’équilibre.</translation>
        </message>
        <message>
            <source>Use the closest slate</source>
            <translation>Utiliser la liste la plus proche</translation>
        </message>
        <message>
            <source>Dropping these rules settles it (the other rules can then all be met): {rules}.</source>
            <translation>Abandonner ces règles suffit (les autres règles peuvent alors toutes être respectées) : {rules}.</translation>
        </message>
        <message>
            <source>This database is open read-only.</source>
            <translation>Cette base de données est ouverte en lecture seule.</translation>
        </message>
        <message>
            <source>Proposed slate: {n} candidates, total score {score}; every rule is met.</source>
            <translation>Liste proposée : {n} candidats, score total {score} ; chaque règle est respectée.</translation>
        </message>
        <message>
            <source>It is the slate you picked.</source>
            <translation>C’est la liste que vous avez choisie.</translation>
        </message>
        <message>
            <source>Alternates: the next best who keep the balance</source>
            <translation>Suppléants : les suivants les mieux placés qui gardent l’équilibre</translation>
        </message>
        <message>
            <source>Why, by simple counting</source>
            <translation>Pourquoi, par simple décompte</translation>
        </message>
        <message>
            <source>The seats and pins alone cannot be met, whatever the rules say.</source>
            <translation>Les sièges et épinglages seuls ne peuvent pas être respectés, quelles que soient les règles.</translation>
        </message>
        <message>
            <source>below its minimum</source>
            <translation>sous son minimum</translation>
        </message>
        <message>
            <source>above its maximum</source>
            <translation>au-dessus de son maximum</translation>
        </message>
        <message>
            <source>Coming in</source>
            <translation>Entrent</translation>
        </message>
        <message>
            <source>Leaving</source>
            <translation>Sortent</translation>
        </message>
        <message>
            <source>Dropping one of these alone settles it (the other rules can then all be met): {rules}.</source>
            <translation>Abandonner une seule de ces règles suffit (les autres règles peuvent alors toutes être respectées) : {rules}.</translation>
        </message>
        <message>
            <source>Dropping one of these alone does not, as other rules conflict too: {rules}.</source>
            <translation>Abandonner une seule de ces règles ne suffit pas, car d’autres règles sont aussi en conflit : {rules}.</translation>
        </message>
        <message>
            <source>Dropping these rules, one from each conflict, settles it (the other rules can then all be met): {rules}.</source>
            <translation>Abandonner ces règles, une par conflit, suffit (les autres règles peuvent alors toutes être respectées) : {rules}.</translation>
        </message>
        <message>
            <source>The closest workable slate (total score {score}) relaxes {eased}.</source>
            <translation>La liste réalisable la plus proche (score total {score}) assouplit {eased}.</translation>
        </message>
        <message>
            <source>Why not {who}? The slate would lose {lost} points.</source>
            <translation>Pourquoi pas {who} ? La liste perdrait {lost} points.</translation>
        </message>
        <message>
            <source>No slate meets every rule even without {who}: press Propose to see why.</source>
            <translation>Aucune liste ne respecte chaque règle, même sans {who} : appuyez sur Proposer pour voir pourquoi.</translation>
        </message>
        <message>
            <source>The rules that would break</source>
            <translation>Les règles qui seraient rompues</translation>
        </message>
        <message>
            <source>Use the slate with {who}</source>
            <translation>Utiliser la liste avec {who}</translation>
        </message>
        <message>
            <source>Against your picks: {joining} in; {leaving} out.</source>
            <translation>Par rapport à vos choix : {joining} entrent ; {leaving} sortent.</translation>
        </message>
        <message>
            <source>{who} could replace {whom} ({change:+.2f} to the score)</source>
            <translation>{who} pourrait remplacer {whom} ({change:+.2f} au score)</translation>
        </message>
        <message>
            <source>The rules conflict in {n} separate ways, so dropping a single rule cannot settle it: each conflict needs a change of its own.</source>
            <translation>Les règles sont en conflit de {n} façons distinctes, donc abandonner une seule règle ne suffit pas : chaque conflit demande son propre changement.</translation>
        </message>
        <message>
            <source>This rule cannot be met, whatever the other rules say:</source>
            <translation>Cette règle ne peut pas être respectée, quelles que soient les autres règles :</translation>
        </message>
        <message>
            <source>These rules cannot all be met together:</source>
            <translation>Ces règles ne peuvent pas toutes être respectées ensemble :</translation>
        </message>
        <message>
            <source>Why not {who}? It could join at no cost.</source>
            <translation>Pourquoi pas {who} ? Il pourrait entrer sans coût.</translation>
        </message>
        <message>
            <source>Why not {who}? It cannot join without breaking rules.</source>
            <translation>Pourquoi pas {who} ? Il ne peut pas entrer sans rompre des règles.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>{name} by {n} {side}</source>
            <translation>{name} de {n} {side}</translation>
        </message>
        <message>
            <source>Conflict {n}: this rule cannot be met, whatever the other rules say:</source>
            <translation>Conflit {n} : cette règle ne peut pas être respectée, quelles que soient les autres règles :</translation>
        </message>
        <message>
            <source>Conflict {n}: these rules cannot all be met together:</source>
            <translation>Conflit {n} : ces règles ne peuvent pas toutes être respectées ensemble :</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>incumbent</source>
            <translation>titulaire</translation>
        </message>
    </context>
    <context>
        <name>Scenarios</name>
        <message>
            <source>Scenarios</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Save the current picks as:</source>
            <translation>Enregistrer les choix actuels sous :</translation>
        </message>
        <message>
            <source>e.g. Regions first, or MAC's favourites</source>
            <translation>p. ex. Régions d’abord, ou Favoris du MAC</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Enregistrer le scénario</translation>
        </message>
        <message>
            <source>Use as the slate</source>
            <translation>Utiliser comme liste</translation>
        </message>
        <message>
            <source>Replace the picks with this scenario's slate</source>
            <translation>Remplacer les choix par la liste de ce scénario</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Tick two or more to compare them:</source>
            <translation>Cochez-en deux ou plus pour les comparer :</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Choisi</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Current picks</source>
            <translation>Choix actuels</translation>
        </message>
        <message>
            <source>Tick two or more scenarios (or the current picks) to see them side by side.</source>
            <translation>Cochez deux scénarios ou plus (ou les choix actuels) pour les voir côte à côte.</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Score total</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>Sièges pourvus</translation>
        </message>
        <message>
            <source>Rules broken</source>
            <translation>Règles non respectées</translation>
        </message>
        <message>
            <source>Only in this one</source>
            <translation>Seulement dans celui-ci</translation>
        </message>
        <message>
            <source>Pick some candidates first.</source>
            <translation>Choisissez d’abord des candidats.</translation>
        </message>
        <message>
            <source>Compared under the round's current rules ({seats} seats); {common} candidates are in all of them.</source>
            <translation>Comparés selon les règles actuelles du tour ({seats} sièges) ; {common} candidats sont dans tous.</translation>
        </message>
        <message>
            <source>No longer in the pool</source>
            <translation>Plus dans le vivier</translation>
        </message>
        <message>
            <source>The scenarios differ on this rule</source>
            <translation>Les scénarios diffèrent sur cette règle</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>{n} of {seats}</source>
            <translation>{n} sur {seats}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>L’imprimante n’a pas pu être démarrée.</translation>
        </message>
        <message>
            <source>No program on this computer opens PDF files.</source>
            <translation>Aucun programme de cet ordinateur n’ouvre les fichiers PDF.</translation>
        </message>
        <message>
            <source>The PDF was saved as {path}.</source>
            <translation>Le PDF a été enregistré sous {path}.</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>Export to Excel</source>
            <translation>Exporter vers Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Exporter vers Excel…</translation>
        </message>
        <message>
            <source>Write this list, as shown (filters, sort, columns), to an Excel workbook</source>
            <translation>Écrire cette liste, telle qu’affichée (filtres, tri, colonnes), dans un classeur Excel</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation>Export de {name}…</translation>
        </message>
        <message>
            <source>Exported {count} rows to {path}</source>
            <translation>{count} lignes exportées vers {path}</translation>
        </message>
        <message>
            <source>Exported {n} of {total} rows</source>
            <translation>{n} lignes exportées sur {total}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>OPN Desk user guide</source>
            <translation>Guide de l’utilisateur d’OPN Desk</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>In lists, Enter opens the selected row; in dialogs, Escape closes without saving.</source>
            <translation>Dans les listes, Entrée ouvre la ligne sélectionnée ; dans les dialogues, Échap ferme sans enregistrer.</translation>
        </message>
        <message>
            <source>The user guide is not installed with this copy of OPN Desk. It is docs/USER_GUIDE.md in OPN Desk's source.</source>
            <translation>Le guide de l’utilisateur n’est pas installé avec cette copie d’OPN Desk. Il se trouve dans docs/USER_GUIDE.md dans les sources d’OPN Desk.</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Before an upgrade</source>
            <translation>Avant une mise à niveau</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>endommagée</translation>
        </message>
        <message>
            <source>Reading the backups…</source>
            <translation>Lecture des sauvegardes…</translation>
        </message>
        <message>
            <source>Looking for the newest good backup…</source>
            <translation>Recherche de la sauvegarde saine la plus récente…</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restauration de la sauvegarde…</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} Mo</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <source>Checking the backups…</source>
            <translation>Vérification des sauvegardes…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation>Vérification et restauration de la sauvegarde…</translation>
        </message>
        <message>
            <source>Close OPN Desk and open the database again to go on working.</source>
            <translation>Fermez OPN Desk et rouvrez la base de données pour continuer à travailler.</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Quotidienne</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Hebdomadaire</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Faite à la main</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>Damaged copy set aside</source>
            <translation>Copie endommagée mise de côté</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Only the desk that has {name} open for writing can restore a backup.</source>
            <translation>Seul le poste qui a {name} ouverte en écriture peut restaurer une sauvegarde.</translation>
        </message>
        <message>
            <source>The database will be as it was then, with {organisations}.</source>
            <translation>La base de données sera telle qu’elle était alors, avec {organisations}.</translation>
        </message>
        <message>
            <source>Restore the backup taken on {taken} ({kind})?</source>
            <translation>Restaurer la sauvegarde prise le {taken} ({kind}) ?</translation>
        </message>
        <message>
            <source>The backup taken on {taken} was restored.</source>
            <translation>La sauvegarde prise le {taken} a été restaurée.</translation>
        </message>
        <message>
            <source>Choose the copy of {name} to go back to. Everything changed since then is replaced; the database as it is now is kept as a before-restore copy.</source>
            <translation>Choisissez la copie de {name} à laquelle revenir. Tout ce qui a changé depuis est remplacé ; la base de données telle qu’elle est maintenant est conservée comme copie d’avant restauration.</translation>
        </message>
        <message>
            <source>Backups folder: {folder}</source>
            <translation>Dossier des sauvegardes : {folder}</translation>
        </message>
        <message>
            <source>Passes</source>
            <translation>Réussit</translation>
        </message>
        <message>
            <source>There are no backups of {name} yet.</source>
            <translation>Il n’y a pas encore de sauvegarde de {name}.</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}.</source>
            <translation>Les sauvegardes sont conservées dans {folder}.</translation>
        </message>
        <message>
            <source>No good backup of {name} was found.</source>
            <translation>Aucune sauvegarde saine de {name} n’a été trouvée.</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}; File › Restore from backup… lists every copy. Until one is found, export what the database still shows (File › Export organisations).</source>
            <translation>Les sauvegardes sont conservées dans {folder} ; Fichier › Restaurer une sauvegarde… liste chaque copie. En attendant d’en trouver une, exportez ce que la base de données montre encore (Fichier › Exporter les organisations).</translation>
        </message>
        <message>
            <source>The database as it was before is kept as {name} in its backups folder.</source>
            <translation>La base de données telle qu’elle était avant est conservée sous le nom {name} dans son dossier de sauvegardes.</translation>
        </message>
        <message>
            <source>Everything changed since then is replaced. The database as it is now is kept as a before-restore copy in its backups folder, so you can go back to it the same way.</source>
            <translation>Tout ce qui a changé depuis est remplacé. La base de données telle qu’elle est maintenant est conservée comme copie d’avant restauration dans son dossier de sauvegardes, pour pouvoir y revenir de la même façon.</translation>
        </message>
        <message>
            <source>Fails: {problem}</source>
            <translation>Échoue : {problem}</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>A server database is backed up by its IT person with pg_dump (docs/SERVER.md, section 6): OPN Desk makes no backup file of it, and restores none.</source>
            <translation>Une base de données sur serveur est sauvegardée par son informaticien avec pg_dump (docs/SERVER.md, section 6) : OPN Desk n'en fait aucune copie de sauvegarde et n'en restaure aucune.</translation>
        </message>
        <message>
            <source>Connect to a server</source>
            <translation>Se connecter à un serveur</translation>
        </message>
        <message>
            <source>your database role</source>
            <translation>votre rôle dans la base</translation>
        </message>
        <message>
            <source>kept in this computer's keyring</source>
            <translation>gardé dans le trousseau de cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Hôte :</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port :</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <source>&amp;Role (user):</source>
            <translation>&amp;Rôle (utilisateur) :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Your IT person gives you these (docs/SERVER.md). The password is kept in this computer's keyring, never in OPN Desk's settings; leave it empty if it is in a PostgreSQL password file or already kept.</source>
            <translation>Votre informaticien vous les donne (docs/SERVER.md). Le mot de passe est gardé dans le trousseau de cet ordinateur, jamais dans les réglages d'OPN Desk ; laissez-le vide s'il est dans un fichier de mots de passe PostgreSQL ou déjà gardé.</translation>
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Connexion à {server}…</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>l'hôte</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>la base de données</translation>
        </message>
        <message>
            <source>the role</source>
            <translation>le rôle</translation>
        </message>
        <message>
            <source>Fill in {what}.</source>
            <translation>Renseignez {what}.</translation>
        </message>
    </context>
    <context>
        <name>ServerWatch</name>
        <message>
            <source>Changes by other officers</source>
            <translation>Modifications d'autres chargés de secrétariat</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Welcome to OPN Desk</source>
            <translation>Bienvenue dans OPN Desk</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Welcome to OPN Desk&lt;/b&gt;, the desk officers' tool for the One Planet network programmes: the registry of organisations, applications, core-partner selection and leadership renewal, in one file on this laptop.&lt;/p&gt;&lt;p&gt;Every change is kept in the history with the name of who made it. What name should the history give you?&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Bienvenue dans OPN Desk&lt;/b&gt;, l’outil des chargés de secrétariat pour les programmes du One Planet network : le registre des organisations, les candidatures, la sélection des partenaires principaux et le renouvellement de la direction, dans un seul fichier sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Chaque modification est conservée dans l’historique avec le nom de son auteur. Quel nom l’historique doit-il vous donner ?&lt;/p&gt;</translation>
        </message>
        <message>
            <source>For example: Ana Silva</source>
            <translation>Par exemple : Ana Silva</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <source>You can change it later in Edit › Preferences. The user guide is in Help › User guide.</source>
            <translation>Vous pouvez le changer plus tard dans Édition › Préférences. Le guide de l’utilisateur est dans Aide › Guide de l’utilisateur.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Open the user guide</source>
            <translation>Ouvrir le guide de l’utilisateur</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
    </context>
    <context>
        <name>WorkPlanOperations</name>
        <message>
            <source>Writing the progress report…</source>
            <translation>Écriture du rapport d’avancement…</translation>
        </message>
        <message>
            <source>Writing the annual work plan…</source>
            <translation>Rédaction du plan de travail annuel…</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>That organisation no longer exists.</source>
            <translation>Cette organisation n’existe plus.</translation>
        </message>
        <message>
            <source>A self-assessment is Red, Amber or Green.</source>
            <translation>Une auto-évaluation est Rouge, Orange ou Vert.</translation>
        </message>
        <message>
            <source>commitments of the renewal</source>
            <translation>engagements du renouvellement</translation>
        </message>
        <message>
            <source>{done} of {total} programme(s) in the last cycle</source>
            <translation>{done} programme(s) sur {total} lors du dernier cycle</translation>
        </message>
        <message>
            <source>took part in {took} of {invited} meeting(s), written comments included</source>
            <translation>a participé à {took} réunion(s) sur {invited}, commentaires écrits compris</translation>
        </message>
        <message>
            <source>{kept} of {total} initiative(s) up to date</source>
            <translation>{kept} initiative(s) sur {total} à jour</translation>
        </message>
    </context>
    <context>
        <name>Portfolio</name>
        <message>
            <source>That initiative no longer exists.</source>
            <translation>Cette initiative n’existe plus.</translation>
        </message>
        <message>
            <source>An initiative needs a title.</source>
            <translation>Une initiative a besoin d’un titre.</translation>
        </message>
        <message>
            <source>An initiative is core or affiliated.</source>
            <translation>Une initiative est principale ou affiliée.</translation>
        </message>
        <message>
            <source>An initiative needs a lead organisation.</source>
            <translation>Une initiative a besoin d’une organisation chef de file.</translation>
        </message>
        <message>
            <source>An initiative cannot end before it starts.</source>
            <translation>Une initiative ne peut pas se terminer avant de commencer.</translation>
        </message>
        <message>
            <source>The initiative was changed since you opened it; reopen it to see the latest version.</source>
            <translation>L’initiative a été modifiée depuis que vous l’avez ouverte ; rouvrez-la pour voir la dernière version.</translation>
        </message>
        <message>
            <source>That organisation no longer exists.</source>
            <translation>Cette organisation n’existe plus.</translation>
        </message>
        <message>
            <source>Due diligence is for affiliated initiatives.</source>
            <translation>La diligence raisonnable concerne les initiatives affiliées.</translation>
        </message>
        <message>
            <source>The decision is include or decline.</source>
            <translation>La décision est inclure ou refuser.</translation>
        </message>
        <message>
            <source>Record the reasons for the decision.</source>
            <translation>Enregistrez les raisons de la décision.</translation>
        </message>
        <message>
            <source>Only an initiative in due diligence can be decided.</source>
            <translation>Seule une initiative en diligence raisonnable peut être décidée.</translation>
        </message>
        <message>
            <source>Every item of the due diligence checklist must be done before inclusion.</source>
            <translation>Chaque élément de la liste de diligence raisonnable doit être fait avant l’inclusion.</translation>
        </message>
        <message>
            <source>Only a proposed initiative can be deleted; close it instead.</source>
            <translation>Seule une initiative proposée peut être supprimée ; clôturez-la plutôt.</translation>
        </message>
        <message>
            <source>An organisation of the initiative no longer exists.</source>
            <translation>Une organisation de l’initiative n’existe plus.</translation>
        </message>
        <message>
            <source>The lead cannot leave its initiative; name another lead first.</source>
            <translation>Le chef de file ne peut pas quitter son initiative ; nommez d’abord un autre chef de file.</translation>
        </message>
        <message>
            <source>Add another partner first, or make it affiliated.</source>
            <translation>Ajoutez d’abord un autre partenaire, ou rendez-la affiliée.</translation>
        </message>
        <message>
            <source>{value!r} is not an initiative status; use one of: {choices}.</source>
            <translation>{value!r} n’est pas un statut d’initiative ; utilisez l’un de : {choices}.</translation>
        </message>
        <message>
            <source>{codes} is not a country code (ISO3) the desk knows.</source>
            <translation>{codes} n’est pas un code de pays (ISO3) connu du secrétariat.</translation>
        </message>
    </context>
    <context>
        <name>Reporting</name>
        <message>
            <source>That reporting cycle no longer exists.</source>
            <translation>Ce cycle de rapport n’existe plus.</translation>
        </message>
        <message>
            <source>The reporting cycle was changed since you opened it; reopen it to see the latest version.</source>
            <translation>Le cycle de rapport a été modifié depuis que vous l’avez ouvert ; rouvrez-le pour voir la dernière version.</translation>
        </message>
        <message>
            <source>That organisation no longer exists.</source>
            <translation>Cette organisation n’existe plus.</translation>
        </message>
        <message>
            <source>Say why the partner is excused from reporting.</source>
            <translation>Indiquez pourquoi le partenaire est dispensé de rapport.</translation>
        </message>
        <message>
            <source>Reminders are written in English (en), French (fr) or Spanish (es).</source>
            <translation>Les relances sont écrites en anglais (en), français (fr) ou espagnol (es).</translation>
        </message>
        <message>
            <source>An activity needs a title.</source>
            <translation>Une activité a besoin d’un titre.</translation>
        </message>
        <message>
            <source>That initiative no longer exists.</source>
            <translation>Cette initiative n’existe plus.</translation>
        </message>
        <message>
            <source>That activity no longer exists.</source>
            <translation>Cette activité n’existe plus.</translation>
        </message>
        <message>
            <source>The activity was changed since you opened it; reopen it to see the latest version.</source>
            <translation>L’activité a été modifiée depuis que vous l’avez ouverte ; rouvrez-la pour voir la dernière version.</translation>
        </message>
        <message>
            <source>That person no longer exists.</source>
            <translation>Cette personne n’existe plus.</translation>
        </message>
        <message>
            <source>{code} has no reporting cycle for {year}{known}.</source>
            <translation>{code} n’a pas de cycle de rapport pour {year}{known}.</translation>
        </message>
        <message>
            <source>{year} is not a reporting year (2000 to 2100).</source>
            <translation>{year} n’est pas une année de rapport (2000 à 2100).</translation>
        </message>
        <message>
            <source>{code} already has a reporting cycle for {year}.</source>
            <translation>{code} a déjà un cycle de rapport pour {year}.</translation>
        </message>
        <message>
            <source>A report for {year} cannot have been submitted on {day}.</source>
            <translation>Un rapport pour {year} ne peut pas avoir été soumis le {day}.</translation>
        </message>
        <message>
            <source>{value!r} is not an activity category; use one of: {choices}.</source>
            <translation>{value!r} n’est pas une catégorie d’activité ; utilisez l’une de : {choices}.</translation>
        </message>
        <message>
            <source>{n} is not an SDG; the goals are numbered 1 to 17.</source>
            <translation>{n} n’est pas un ODD ; les objectifs sont numérotés de 1 à 17.</translation>
        </message>
        <message>
            <source>{codes} is not a country code (ISO3) the desk knows.</source>
            <translation>{codes} n’est pas un code de pays (ISO3) connu du secrétariat.</translation>
        </message>
    </context>
    <context>
        <name>ServerConnection</name>
        <message>
            <source>{database} on {host}</source>
            <translation>{database} sur {host}</translation>
        </message>
        <message>
            <source>OPN Desk cannot reach a server at {host}, port {port}: check the name and the port, and that this computer is on the network (or the VPN).</source>
            <translation>OPN Desk ne peut pas joindre de serveur à {host}, port {port} : vérifiez le nom et le port, et que cet ordinateur est bien sur le réseau (ou le VPN).</translation>
        </message>
        <message>
            <source>The server refused the password for {user}: check it and try again.</source>
            <translation>Le serveur a refusé le mot de passe de {user} : vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>The server asks for a password for {user}: type it in.</source>
            <translation>Le serveur demande un mot de passe pour {user} : saisissez-le.</translation>
        </message>
        <message>
            <source>The server at {host} has no database called {database}: check the name with your IT person.</source>
            <translation>Le serveur {host} n'a pas de base de données nommée {database} : vérifiez le nom auprès de votre informaticien.</translation>
        </message>
        <message>
            <source>The server at {host} does not let {user} in: ask your IT person for access (docs/SERVER.md, section 2).</source>
            <translation>Le serveur {host} n'accepte pas {user} : demandez un accès à votre informaticien (docs/SERVER.md, section 2).</translation>
        </message>
        <message>
            <source>Connected: {server} holds an OPN Desk desk.</source>
            <translation>Connecté : {server} contient un bureau OPN Desk.</translation>
        </message>
        <message>
            <source>This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL password file (PGPASSFILE, ~/.pgpass) instead.</source>
            <translation>Cet ordinateur n'a pas de trousseau qu'OPN Desk puisse utiliser ({kind}) ; mettez plutôt le mot de passe dans un fichier de mots de passe PostgreSQL (PGPASSFILE, ~/.pgpass).</translation>
        </message>
        <message>
            <source>The database {database} is there but holds no OPN Desk desk yet: put one there from a desk's file with 'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, section 4).</source>
            <translation>La base de données {database} existe mais ne contient pas encore de bureau OPN Desk : placez-y celui d'un fichier avec 'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, section 4).</translation>
        </message>
        <message>
            <source>The database {database} holds other tables but no OPN Desk desk: ask your IT person for an empty database of its own.</source>
            <translation>La base de données {database} contient d'autres tables mais aucun bureau OPN Desk : demandez à votre informaticien une base vide qui lui soit propre.</translation>
        </message>
    </context>
    <context>
        <name>Decisions</name>
        <message>
            <source>Deleted on one laptop, changed on another</source>
            <translation>Supprimé sur un ordinateur portable, modifié sur un autre</translation>
        </message>
        <message>
            <source>Only free text can keep both values; choose one, or type the value to keep.</source>
            <translation>Seul un texte libre peut garder les deux valeurs ; choisissez-en une, ou saisissez la valeur à garder.</translation>
        </message>
    </context>
</TS>
