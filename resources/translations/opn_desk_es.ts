<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../opn_desk/gui/app.py" line="134"/>
        <source>DeskApplication</source>
        <comment>{name} is already open in OPN Desk by {who}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/app.py" line="136"/>
        <source>DeskApplication</source>
        <comment>Open read-only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/app.py" line="137"/>
        <source>DeskApplication</source>
        <comment>Cancel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/app.py" line="138"/>
        <source>DeskApplication</source>
        <comment>Quit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/app.py" line="139"/>
        <source>DeskApplication</source>
        <comment>Only one desk can change a database at a time. Read-only, you can look things up and export, but not change anything.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPanel</name>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="140"/>
        <source>Open the organisation in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="142"/>
        <source>Letters and PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="145"/>
        <source>Acknowledgement letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="146"/>
        <source>Decision letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="147"/>
        <source>Application summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="154"/>
        <source>PDF letters are not available in this version of OPN Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="155"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="175"/>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="183"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="184"/>
        <location filename="../../opn_desk/gui/application_detail.py" line="516"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="185"/>
        <location filename="../../opn_desk/gui/application_detail.py" line="531"/>
        <location filename="../../opn_desk/gui/application_detail.py" line="641"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="186"/>
        <location filename="../../opn_desk/gui/application_detail.py" line="658"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="187"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="201"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="201"/>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="202"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="202"/>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="203"/>
        <source>Work-streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="203"/>
        <source>Priority sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="204"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="217"/>
        <source>The MAC&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="223"/>
        <source>The Multi-stakeholder Advisory Committee&apos;s opinion, when it gives one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="231"/>
        <source>Save opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="245"/>
        <source>Eligibility and due diligence. Tick each check when it is done; moving to Under review needs every item ticked, or a reason to override the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="258"/>
        <source>Another check for this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="259"/>
        <source>Add check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="294"/>
        <source>Score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="295"/>
        <source>Declare conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="296"/>
        <source>Remove declared conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="297"/>
        <source>Ranking of the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="315"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="315"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="315"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="332"/>
        <source>Files are copied into the database, at most {limit} MB each; opening one shows a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="335"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="336"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="337"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="353"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="353"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="353"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="354"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="398"/>
        <source>That application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="426"/>
        <source>received {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="430"/>
        <source>since {when}, by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="456"/>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="459"/>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="462"/>
        <source>(none offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="466"/>
        <source>{decision} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="471"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="473"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="476"/>
        <source>Accepting it created a membership: &lt;a href=&quot;org&quot;&gt;see it in the organisation&apos;s memberships&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="489"/>
        <source>The MAC&apos;s opinion is recorded while the application is under review or waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="507"/>
        <source>No checks on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="509"/>
        <source>All {total} checks done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="511"/>
        <source>{done} of {total} checks done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="515"/>
        <source>Screening ({done}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="526"/>
        <source>This application answers no call, so it is not scored: network members join without a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="537"/>
        <source>The call has no evaluation criteria yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="539"/>
        <source>Scores from 0 to {max} per criterion and reviewer. Criteria where reviewers differ by {spread} points or more are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="543"/>
        <location filename="../../opn_desk/gui/application_detail.py" line="682"/>
        <source>Scores are recorded while the application is under review or waiting for the MAC&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="546"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="546"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="546"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="564"/>
        <source>Reviewers disagree: their scores differ by {spread} points (from {low} to {high}); differences of {limit} points or more are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="589"/>
        <source>Weighted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="612"/>
        <source>&lt;b&gt;Weighted total: {total}&lt;/b&gt; of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="614"/>
        <source>{done} of {needed} complete reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="617"/>
        <source>not scored yet: {criteria}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="619"/>
        <source>&lt;span style=&apos;background: #fde3c3;&apos;&gt;reviewers disagree on {criteria}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="622"/>
        <source>rank {rank} in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="625"/>
        <source>Scores left out for a conflict of interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="632"/>
        <source>Declared conflict: {who}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="640"/>
        <source>Reviews ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="657"/>
        <source>Files ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="672"/>
        <source>History ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="751"/>
        <source>Tick “{item}” for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="751"/>
        <source>Untick “{item}” for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="775"/>
        <source>Add the check “{item}” for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="798"/>
        <source>Record the MAC&apos;s opinion on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="813"/>
        <source>Scores of {reviewer} for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="828"/>
        <source>Conflict of interest: {reviewer} on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="841"/>
        <source>Remove the conflict {who} declared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="842"/>
        <location filename="../../opn_desk/gui/application_detail.py" line="908"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="842"/>
        <source>Their scores on this application count again. You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="844"/>
        <source>Remove the conflict of {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="863"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="864"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="879"/>
        <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="881"/>
        <source>Attach a smaller copy (a compressed PDF, for example), or keep the file where it is and note where in the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="884"/>
        <source>Attach {file} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="894"/>
        <source>No program on this computer opens {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="895"/>
        <source>A copy was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="907"/>
        <source>Remove {file} from this application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="908"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="909"/>
        <source>Remove {file} from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="917"/>
        <source>acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="917"/>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="918"/>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="922"/>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/application_detail.py" line="928"/>
        <source>Wrote {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="236"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="236"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="208"/>
        <source>Search applicants by name or acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="209"/>
        <source>Record application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="210"/>
        <source>Record an application received by e-mail or on paper (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="213"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="216"/>
        <source>Import applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="217"/>
        <source>Import organisations and people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="219"/>
        <source>Export applicants for a mail merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="221"/>
        <source>Calls and evaluation criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="223"/>
        <source>Screening checklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="225"/>
        <source>Ranking of the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="226"/>
        <source>Review pack of the call (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="242"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="242"/>
        <source>Programme applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="244"/>
        <location filename="../../opn_desk/gui/applications_page.py" line="321"/>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="244"/>
        <source>The call the application answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="245"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="245"/>
        <source>Where the application is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="246"/>
        <source>Open applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="248"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="248"/>
        <source>Role applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="250"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="326"/>
        <source>{count} applications; open {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="369"/>
        <source>Choose a call in the filters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="377"/>
        <source>1 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="379"/>
        <source>{count} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="380"/>
        <source> match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="382"/>
        <source>No applications yet. Record one with Record application, or import a file with More › Import applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="385"/>
        <source>No application matches. Try fewer words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="460"/>
        <source>Application recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="470"/>
        <source>Importing files is not available in this version of OPN Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="484"/>
        <source>Export applicants for a mail merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="486"/>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="496"/>
        <source>Exported {count} applicants to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="554"/>
        <source>Save the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="554"/>
        <source>review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="560"/>
        <source>Wrote {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="561"/>
        <source>Review pack: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="570"/>
        <source>Decision recorded. Write the decision letter now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="571"/>
        <source>Write the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="571"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="572"/>
        <source>You can also write it later from Letters and PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="588"/>
        <source>&amp;Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="589"/>
        <source>&amp;Record application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="607"/>
        <source>&amp;Due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="626"/>
        <source>{count} things due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="45"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="46"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="47"/>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="47"/>
        <source>Core partner selection after each open call: a proposed slate balanced across the five UN regional groups and the stakeholder clusters, aiming for at least half of core partners with a female designated representative, with the reasons for each choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="51"/>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="51"/>
        <source>The leadership renewal process: agreeing the need and timeline, the open call, review against the evaluation criteria, the MAC&apos;s opinion and submission to the Board; co-lead terms and succession planning up to 2030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="55"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="55"/>
        <source>Yearly reporting by partners: who has not reported yet, reminders, reporting rates by programme against the 75% target, and activities by category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="58"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="58"/>
        <source>Core and affiliated initiatives, their due diligence, the SDGs they serve, and initiatives inactive for two years kept for monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="61"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="61"/>
        <source>MAC meetings (one virtual and one face-to-face each year): invitations, participation including written comments sent in advance, travel support for partners from LDCs, and printed dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="64"/>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="64"/>
        <source>Tasks by area with their progress, next steps and status (completed, ongoing, not yet started, postponed), printed as the three-column progress report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="64"/>
        <source>Balance of the proposed leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="72"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="72"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="72"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="72"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="75"/>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="75"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="81"/>
        <source>The core-partner selection&apos;s rules, for as many seats as leads are proposed. With few seats not every group can be represented. Gender is only counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="96"/>
        <source>Regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="96"/>
        <source>Stakeholder cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_balance.py" line="98"/>
        <source>Representative&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDetail</name>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="60"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="63"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="63"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="63"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="64"/>
        <source>By reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="71"/>
        <source>Score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="72"/>
        <source>Record a reviewer&apos;s scores of this incumbent on the lead criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="77"/>
        <source>MAC opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="82"/>
        <source>The Multi-stakeholder Advisory Committee&apos;s opinion on this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="89"/>
        <source>Save opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="96"/>
        <source>Proposed leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="102"/>
        <source>Propose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="103"/>
        <source>Take out of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="113"/>
        <source>Choose a candidate in the table to see its scores and the MAC&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="142"/>
        <source>Incumbent seeking renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="144"/>
        <source>Incumbent, applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="146"/>
        <source>Applicant: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="149"/>
        <source>cluster not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="150"/>
        <source>represented by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="151"/>
        <source>no representative recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="153"/>
        <source>current term ends on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="155"/>
        <source>Commitment offered: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="156"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="164"/>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="167"/>
        <source>Not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="169"/>
        <source>Weighted total {total}, rank {rank} of the scored candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="176"/>
        <source>Kept on the application (recorded while it is under review or waiting for the MAC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="178"/>
        <source>Kept with the renewal process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="180"/>
        <source>Proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_candidate.py" line="183"/>
        <source>Not proposed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="45"/>
        <source>Lead criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="46"/>
        <source>The criteria candidates are scored on (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="47"/>
        <source>Incumbents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="48"/>
        <source>Which incumbent co-leads seek renewal, and their commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="61"/>
        <source>Tick “Proposed” to put a candidate in the proposed leadership; untick to take it out. Unscored candidates are listed last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="100"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="100"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="100"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="100"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="101"/>
        <source>Country (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="101"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="101"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="102"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="102"/>
        <source>MAC opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="112"/>
        <source>{name} (weight {weight:g}): mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="116"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="126"/>
        <source>Incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="127"/>
        <source>Applicant (incumbent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="127"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="131"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="151"/>
        <source>{count} candidates ({applicants} applications, {incumbents} incumbents seeking renewal without one); {proposed} proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="157"/>
        <source>Link the process to its co-lead call first: the lead criteria are the call&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="169"/>
        <source>The MAC opinion on {name} is not saved. Leave it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="170"/>
        <source>Leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="204"/>
        <source>Propose {name} for the leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="205"/>
        <source>Take {name} out of the proposed leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="210"/>
        <source>Propose {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="210"/>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="211"/>
        <source>Why is {name} proposed? (printed in the dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="231"/>
        <source>MAC opinion on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/lead_candidates.py" line="244"/>
        <source>Scores of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="33"/>
        <source>Screening checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="39"/>
        <source>The eligibility and due-diligence checks a new application starts its screening with. Applications already received keep their own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="44"/>
        <source>Role applied for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="58"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="61"/>
        <source>Add check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="62"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="63"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="64"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="65"/>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="124"/>
        <source>Customised by the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="124"/>
        <source>Shipped defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="138"/>
        <source>New check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="162"/>
        <source>Restore the default screening checklist for {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/checklist_dialog.py" line="177"/>
        <source>Set the screening checklist for {role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="32"/>
        <source>External review checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="35"/>
        <source>Tick each recommendation of the external review once the renewal has considered it; who ticked it and when are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="37"/>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="136"/>
        <source>Considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="37"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="37"/>
        <source>Ticked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="47"/>
        <source>Another item to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="48"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="49"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="50"/>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="186"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="83"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="83"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="91"/>
        <source>{who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="99"/>
        <source>External review checklist: {done} of {count} considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="132"/>
        <source>Tick the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="136"/>
        <source>Tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="137"/>
        <source>“{text}”: how was it considered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="151"/>
        <source>Untick the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="160"/>
        <source>Add the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="170"/>
        <source>Checklist note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="170"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="173"/>
        <source>Note on the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="185"/>
        <source>Remove “{text}” from the checklist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="186"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_checklist.py" line="187"/>
        <source>Remove the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountriesDialog</name>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="35"/>
        <source>Countries and regional groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="39"/>
        <source>Each country counts in the UN regional group shown, for every balance count, filter and report. The shipped groups are those used for elections (Türkiye and the United States in Western Europe and Others); change one only where your desk counts it otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="45"/>
        <source>Find a country by name or ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="49"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="49"/>
        <source>ISO3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="49"/>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="50"/>
        <source>As shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="50"/>
        <source>LDC / LLDC / SIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="51"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="88"/>
        <source>Regional group of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="97"/>
        <source>LDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="97"/>
        <source>LLDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="97"/>
        <source>SIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/countries_dialog.py" line="99"/>
        <source>{group} (changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="58"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="60"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="64"/>
        <source>Waiting means more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="67"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="71"/>
        <source>An open application not moved for longer than this is listed as waiting too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="89"/>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="98"/>
        <source>Waiting more than {days} days in a state ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="100"/>
        <source>Reviews missing ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="101"/>
        <source>Terms ended or ending within 90 days ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="107"/>
        <source>{n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="108"/>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="108"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="109"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="120"/>
        <source>Waiting time in the due list: {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="175"/>
        <source>Nothing is due: no application is waiting too long, no review is missing and no term ends within 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="178"/>
        <source>More than {count} things need the desk&apos;s attention; the longest waits and the nearest terms are listed first. Double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="182"/>
        <source>{count} things need the desk&apos;s attention. Double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListDock</name>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="229"/>
        <source>Due ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/due_list.py" line="230"/>
        <location filename="../../opn_desk/gui/due_list.py" line="241"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="189"/>
        <source>End membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="191"/>
        <source>End the {what} membership. It stays in the history, greyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="199"/>
        <source>e.g. withdrew, term completed, merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="200"/>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="201"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="240"/>
        <location filename="../../opn_desk/gui/dialogs.py" line="264"/>
        <source>Export organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="245"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="247"/>
        <source>Ending the name in .xlsx writes an Excel workbook; .csv writes a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="250"/>
        <source>Include sensitive personal data (representatives&apos; gender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="258"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="265"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="274"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncumbentsDialog</name>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="25"/>
        <source>Incumbent co-leads of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="28"/>
        <source>The co-leads in office today. Those seeking renewal are candidates on the same criteria as the applicants; one that also applied is its application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="30"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="30"/>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="30"/>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="35"/>
        <source>Seeks renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="31"/>
        <source>Applied to the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="31"/>
        <source>Commitment offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="36"/>
        <source>Does not seek renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="37"/>
        <source>Commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="51"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="51"/>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="55"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="51"/>
        <source>Not said yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="55"/>
        <source>Yes: its application is the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="80"/>
        <source>{name} seeks renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="80"/>
        <source>{name} does not seek renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="91"/>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="97"/>
        <source>Commitment of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="91"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_incumbents.py" line="92"/>
        <source>What does {name} commit for a new term (staff, funds, in kind)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../opn_desk/gui/labels.py" line="113"/>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/labels.py" line="114"/>
        <source>{count} organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCriteriaDialog</name>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="27"/>
        <source>Lead criteria: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="31"/>
        <source>The criteria the candidates are scored on: those of the process&apos;s co-lead call. Defaults: a full-time staff member committed to the coordination desk, a financial or in-kind contribution, regional and stakeholder representation, expertise in the programme&apos;s work-streams, and a track record in the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="35"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="35"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="35"/>
        <source>Scores given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="36"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="40"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="41"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="42"/>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="102"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="101"/>
        <source>Remove the criterion {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="102"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_criteria.py" line="103"/>
        <source>Remove the lead criterion {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadershipPage</name>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="89"/>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="92"/>
        <source>The programme whose leadership is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="96"/>
        <source>The programme&apos;s renewal processes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="98"/>
        <source>New renewal process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="101"/>
        <source>Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="102"/>
        <source>The leadership renewal dossier of the programme&apos;s latest process, for the MAC and the Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="106"/>
        <source>Draft dossier (DRAFT watermark)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="107"/>
        <source>Final dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="109"/>
        <source>Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="110"/>
        <source>The co-leads and core partners in office on the date chosen under Terms of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="122"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="126"/>
        <source>Change call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="146"/>
        <source>Terms of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="147"/>
        <source>Renewal steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="148"/>
        <source>Checklist and succession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="149"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="255"/>
        <source>{title} (opened {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="264"/>
        <source>{code} ({name}) has no leadership renewal process yet. Open one with New renewal process… once the leads and the Secretariat agree on the need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="267"/>
        <source>{code} ({name}) has no leadership renewal process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="269"/>
        <source>No renewal process for {code} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="284"/>
        <source>step {n} of 4: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="285"/>
        <source>all four steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="286"/>
        <source>call: {title} ({start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="289"/>
        <source>no co-lead call linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="291"/>
        <source> (an earlier process: the dossier is of the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="292"/>
        <source>{title}{older} · opened {day} · {call} · now at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="302"/>
        <source>Finish the four steps of the current process first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="331"/>
        <source>Open the renewal process {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="347"/>
        <source>Link the renewal to its co-lead call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="384"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="384"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="385"/>
        <source>{code} leadership renewal dossier ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="395"/>
        <source>{code} roster as of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="403"/>
        <source>Built {title}: {pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="407"/>
        <source>No program on this computer opens PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_page.py" line="408"/>
        <source>The PDF was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterheadsDialog</name>
    <message>
        <location filename="../../opn_desk/gui/letterheads_dialog.py" line="35"/>
        <source>Programme letterheads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/letterheads_dialog.py" line="40"/>
        <source>Printed at the top of letters, review packs, dossiers and rosters: up to four lines, the first in bold. Leave it empty to print &quot;One Planet network — &lt;programme&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/letterheads_dialog.py" line="54"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/letterheads_dialog.py" line="55"/>
        <source>&amp;Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/letterheads_dialog.py" line="92"/>
        <source>One Planet network — {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/letterheads_dialog.py" line="117"/>
        <source>Set the letterhead of {codes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="125"/>
        <source>This database is open in OPN Desk by {who}, so it is open here read-only: you can look things up but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="184"/>
        <source>{name} (read-only) — OPN Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="185"/>
        <source>{name} — OPN Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="200"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="227"/>
        <source>Not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="256"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="257"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="259"/>
        <source>New &amp;demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="260"/>
        <source>&amp;Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="261"/>
        <source>&amp;Export organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="262"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="264"/>
        <location filename="../../opn_desk/gui/main_window.py" line="335"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="265"/>
        <location filename="../../opn_desk/gui/main_window.py" line="336"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="266"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="267"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="269"/>
        <source>&amp;New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="271"/>
        <source>&amp;Save organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="273"/>
        <source>&amp;Delete organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="275"/>
        <source>Countries and &amp;regional groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="276"/>
        <source>&amp;About OPN Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="281"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="284"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="292"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="299"/>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="305"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="318"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="331"/>
        <source>{count} in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="335"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="336"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="356"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="405"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="406"/>
        <source>OPN Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="414"/>
        <source>{name} already exists. Use File › Open database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="420"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="421"/>
        <source>OPN Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="430"/>
        <source>Demo networks are not available in this version of OPN Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="438"/>
        <source>Demo database written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="451"/>
        <source>Backup written and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="462"/>
        <source>Export is not available in this version of OPN Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="471"/>
        <source>Exported {count} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="503"/>
        <source>&lt;h3&gt;OPN Desk {version}&lt;/h3&gt;&lt;p&gt;The coordination desk&apos;s tool for One Planet network programmes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {folder}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/main_window.py" line="511"/>
        <source>About OPN Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="131"/>
        <source>Add membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="131"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="144"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="152"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="153"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="154"/>
        <source>Re&amp;presentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="155"/>
        <source>A&amp;lternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="156"/>
        <source>Term &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="157"/>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="161"/>
        <source>(nobody named yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="43"/>
        <source>Merge duplicate records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="48"/>
        <source>Choose the record that is the same organisation as &lt;b&gt;{name}&lt;/b&gt;. The record you do not keep stays in the history, marked as merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="54"/>
        <source>Search the registry for the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="59"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="61"/>
        <source>Looking for possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="65"/>
        <source>Which record to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="93"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="116"/>
        <source>Suggested because of the reasons shown; or search for another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="117"/>
        <source>No likely duplicate found; search for the other record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="136"/>
        <source>{count} found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="164"/>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="165"/>
        <source>Keep {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="179"/>
        <source>No country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="180"/>
        <source>No website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="181"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="181"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="182"/>
        <source>1 membership ({active} active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="183"/>
        <source>{n} memberships ({active} active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="185"/>
        <source>1 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="186"/>
        <source>{n} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="188"/>
        <source>Already merged into another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="205"/>
        <source>{gone} becomes another name of {kept}; its people, memberships, applications and history move to {kept}. You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/merge_dialog.py" line="230"/>
        <source>Merge {gone} into {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../opn_desk/gui/messages.py" line="19"/>
        <source>OPN Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/messages.py" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/messages.py" line="79"/>
        <source>The file could not be used: {reason}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/messages.py" line="81"/>
        <source>Something went wrong that OPN Desk did not expect ({kind}). Nothing further was saved; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDemoDialog</name>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="283"/>
        <location filename="../../opn_desk/gui/dialogs.py" line="315"/>
        <source>New demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="285"/>
        <source>Creates a new database filled with a realistic, invented network, to try OPN Desk or to train. Your own database is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="299"/>
        <source>The same number gives the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="300"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="301"/>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="302"/>
        <source>&amp;Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="309"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="316"/>
        <source>OPN Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="327"/>
        <source>Choose where to write the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="329"/>
        <source>{name} already exists; the demo network is written to a new file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="332"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="126"/>
        <source>This area is not built yet. Until it is, keep this work where you keep it today; the organisations registry is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../opn_desk/gui/pages.py" line="89"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="88"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="112"/>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="115"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="118"/>
        <source>Type a country&apos;s name or its ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="245"/>
        <source>That organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="299"/>
        <source>People ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="300"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="310"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="325"/>
        <source>Memberships ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="326"/>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="353"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="353"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="353"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="362"/>
        <source>{record}: {field} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="365"/>
        <source>{record}: {field}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="370"/>
        <source>{record} {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="376"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="405"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="406"/>
        <source>Not saved yet. People and memberships can be added once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="408"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="424"/>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="644"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="424"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="499"/>
        <source>Choose the country from the list (type part of its name or its three-letter code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="510"/>
        <source>Choose the parent organisation from the list that appears as you type, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="557"/>
        <source>Reload (lose my changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="558"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="603"/>
        <source>Its {count} people are removed with it. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="604"/>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="700"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="605"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="605"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="642"/>
        <source>this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="643"/>
        <source>Save your changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="644"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="644"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="645"/>
        <source>Your changes to the details have not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="699"/>
        <source>Remove {name} from this organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/organisation_editor.py" line="700"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="195"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="197"/>
        <source>Show or hide the document&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="199"/>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="202"/>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="207"/>
        <location filename="../../opn_desk/gui/print_preview.py" line="223"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="208"/>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="210"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="211"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="214"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="215"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="217"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="219"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="260"/>
        <source>(the file could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="328"/>
        <source>Printing {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="328"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="354"/>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="375"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/print_preview.py" line="377"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="102"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="102"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="103"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="103"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="108"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="114"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="115"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="116"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="117"/>
        <source>&amp;Gender (as stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="118"/>
        <source>Gender is recorded only as the person states it; it is sensitive and never exported unless you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="343"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="348"/>
        <source>Your name as it should appear in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="349"/>
        <source>Desk officer&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="351"/>
        <source>Every change you make is recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="354"/>
        <source>Programme &amp;letterheads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="355"/>
        <source>The lines printed at the top of letters, packs, dossiers and rosters, per programme (kept in the database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="43"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="43"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="39"/>
        <source>Search names, acronyms, countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="40"/>
        <source>Searches the name, acronym, other names and country (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="41"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="49"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="49"/>
        <source>Active in programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="51"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="51"/>
        <source>Active in the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="53"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="53"/>
        <source>Regional group of the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="56"/>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="56"/>
        <source>Stakeholder cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="58"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="75"/>
        <location filename="../../opn_desk/gui/registry_page.py" line="153"/>
        <source>No organisation matches. Try fewer words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="147"/>
        <source>{shown} of {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry_page.py" line="150"/>
        <source>There are no organisations in this database yet. Add the first with New organisation, or try OPN Desk on File › New demo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewMembershipDialog</name>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="209"/>
        <source>Renew membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="209"/>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="212"/>
        <source>A new term of the {what} membership starts on {start}; the current term is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="218"/>
        <source>New term &amp;ends on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="49"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="49"/>
        <source>Regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="50"/>
        <source>Stakeholder cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="50"/>
        <source>Representative&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="51"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="51"/>
        <source>Country code (ISO3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="52"/>
        <source>Least developed country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="53"/>
        <source>Small island developing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="54"/>
        <source>Incumbent core partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="55"/>
        <source>Parent organisation (family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/rules_editor.py" line="56"/>
        <source>First priority sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionCharts</name>
    <message>
        <location filename="../../opn_desk/gui/selection_charts.py" line="25"/>
        <source>Asia-Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_charts.py" line="26"/>
        <source>UN, inter-gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_charts.py" line="27"/>
        <source>Science and tech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_charts.py" line="28"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="105"/>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="108"/>
        <source>The core-partner call whose slate you are choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="111"/>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="112"/>
        <source>The slate with the best total review score that meets every rule and pin (or, if there is none, why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="114"/>
        <location filename="../../opn_desk/gui/selection_page.py" line="805"/>
        <source>Seats and rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="115"/>
        <source>Scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="117"/>
        <source>Selection report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="118"/>
        <source>The rules, pool, slate, balance, alternates and your notes as a printable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="122"/>
        <source>Draft report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="123"/>
        <source>Final report (no DRAFT mark)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="133"/>
        <source>Loading the calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="135"/>
        <source>This database is open read-only: you can look, propose and compare, but not pick, pin or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="165"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="169"/>
        <source>Find in the pool: name, country or representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="170"/>
        <source>Picked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="185"/>
        <source>No candidates yet: the pool is the call&apos;s applications that passed screening (under review or later) and the incumbents seeking renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="193"/>
        <source>Seeks renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="193"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="194"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="194"/>
        <source>Regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="231"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="237"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="242"/>
        <source>Your notes on this round: the trade-offs made and why. They go into the selection report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="246"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="254"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="270"/>
        <source>Selection rounds are not available in this version of OPN Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="280"/>
        <source>{title} ({programme}, closes {closes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="289"/>
        <source>There is no core-partner call yet. Add one under Applications › Calls and evaluation criteria; its screened applications become the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="292"/>
        <source>No call chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="323"/>
        <source>Loading the round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="340"/>
        <source>The seats, rules or pins have changed since this answer: press Propose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="376"/>
        <source>Applied: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="377"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="383"/>
        <source>{name} applied to this call; its application is {status}, so it is not in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="385"/>
        <source>Tick when {name} seeks renewal: it joins the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="392"/>
        <source>Incumbents not seeking renewal ({n}), not in the pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="393"/>
        <source>Incumbents not seeking renewal ({n}), not in the pool; tick one that seeks renewal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="419"/>
        <source>The round&apos;s rules cannot be used: {reason} Fix them in Seats and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="435"/>
        <source>{n} candidates in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="436"/>
        <source>1 candidate in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="437"/>
        <source>{picked} of {seats} seats picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="442"/>
        <source>1 rule broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="442"/>
        <source>{n} rules broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="445"/>
        <source>every rule met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="447"/>
        <source>rules: the Terms of Reference&apos;s defaults (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="484"/>
        <source>Replace your {n} picks with this slate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="485"/>
        <source>Replace the picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="486"/>
        <source>You can undo it with Edit › Undo, or save the picks as a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="552"/>
        <source>Unpick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="552"/>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="554"/>
        <source>Pin in (always in a proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="556"/>
        <source>Pin out (never in a proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="558"/>
        <source>Remove the pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="560"/>
        <source>Why not {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="564"/>
        <source>Score of this incumbent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="565"/>
        <source>Does not seek renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="568"/>
        <source>Open the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="582"/>
        <source>Remove the pin of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="582"/>
        <source>Pin in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="583"/>
        <source>Pin out {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="605"/>
        <source>Score of an incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="606"/>
        <source>{name} did not apply, so it has no review score. The score it is weighed with (0 to 5, like a weighted review total):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="612"/>
        <source>Score {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="691"/>
        <source>Seats and balance rules of {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="709"/>
        <source>Notes on {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="735"/>
        <source>Scenarios of {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="747"/>
        <source>Delete the scenario {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="748"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="764"/>
        <source>The selection report is not available in this version of OPN Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="765"/>
        <source>The slate, its balance and the scenarios are all kept in the database; you can print them once the report is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="772"/>
        <source>Which slate should the report show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="773"/>
        <source>The proposed slate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="773"/>
        <source>My picks ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="774"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="774"/>
        <source>The proposed slate is the best total score that meets every rule; your picks are checked against the same rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="783"/>
        <source>Save the selection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="784"/>
        <source>selection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="793"/>
        <source>Wrote {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="794"/>
        <source>Selection report: {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection_page.py" line="805"/>
        <source>Seats and rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="86"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="86"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="86"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="86"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="87"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="87"/>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="140"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="87"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="102"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="103"/>
        <source>Mark the step in progress from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="104"/>
        <source>Close step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="105"/>
        <source>Mark the step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="106"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="107"/>
        <source>Work on a done step again (a reason is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="135"/>
        <source>What shows the step was done: minutes, decisions, links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="136"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="137"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="138"/>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="139"/>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="141"/>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="146"/>
        <source>Reload the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="147"/>
        <source>Show the step as it is now saved; your unsaved edits are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="153"/>
        <source>Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="154"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="169"/>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="173"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="174"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="175"/>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="503"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="229"/>
        <source> (order overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="238"/>
        <source>{n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="238"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="239"/>
        <source>, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="247"/>
        <source>Step {number} was changed since you started editing it. Your edits are kept here but cannot be saved over the change: reload the step to see it, then make your edits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="256"/>
        <source>Step {number} has changes that are not saved. Leave them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="257"/>
        <source>Leave the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="273"/>
        <source>Step {number} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="279"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="280"/>
        <source>Done on {day}, closed by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="283"/>
        <source>In progress since {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="285"/>
        <source>Not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="287"/>
        <source>Closed before step {before} was done. Reason recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="295"/>
        <source>Added {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="297"/>
        <source>Evidence files ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="306"/>
        <source>— (set when the step is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="377"/>
        <source>Edit step {number} of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="403"/>
        <source>Start step {number} of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="425"/>
        <source>Close step {number} of the renewal, overriding the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="426"/>
        <source>Close step {number} of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="442"/>
        <source>Reopen step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="442"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="443"/>
        <source>Why is step {number} ({title}) reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="445"/>
        <source>The reason is added to the step&apos;s evidence notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="449"/>
        <source>Reopen step {number} of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="469"/>
        <source>Add evidence files to step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="470"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="479"/>
        <source>{name} is {size:.1f} MB; evidence files can be at most 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="491"/>
        <source>No program on this computer opens {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="492"/>
        <source>A copy was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="501"/>
        <source>Remove {file} from step {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/renewal_steps.py" line="503"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessionView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="30"/>
        <source>Succession planning to {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="35"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="35"/>
        <source>Organisation or seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="35"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="36"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="44"/>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="45"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="46"/>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="139"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="76"/>
        <source>{name} (a seat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="87"/>
        <source>Years without an entry: {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="88"/>
        <source>Every year from {first} to {last} has an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="120"/>
        <source>Plan the succession for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="125"/>
        <source>Edit the succession for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="138"/>
        <source>Remove {name} ({year}) from the succession plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="140"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership_succession.py" line="141"/>
        <source>Remove {name} from the succession plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsView</name>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="87"/>
        <source>In office on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="92"/>
        <source>Any past or future date: the composition is computed from the recorded terms, nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="94"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="95"/>
        <source>A year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="96"/>
        <source>In a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="98"/>
        <source>Renew term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="99"/>
        <source>Add a new two-year term starting the day after the current one ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="119"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="129"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="129"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="129"/>
        <source>Country (regional group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="130"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="130"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="130"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="131"/>
        <source>Consecutive term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="131"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="188"/>
        <source>A past date: the members in office that day, from the recorded terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="190"/>
        <source>A future date shows the terms as they stand today: nobody is assumed to hold over beyond today, and renewals not yet recorded are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="193"/>
        <source>Today. A member whose term has ended stays in office, shown as holding over, until the desk renews it or ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="197"/>
        <source>{leads} co-leads and {partners} core partners in office on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="208"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="211"/>
        <source>from {day}, open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="212"/>
        <source>{nth} term, since {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="222"/>
        <source>Holding over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="222"/>
        <source>Within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="224"/>
        <source>Within 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="231"/>
        <source>No term of {code} ends within six months, and nobody is holding over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="235"/>
        <source>Alerts today ({count}): terms ending within six months, and members holding over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="258"/>
        <source>Renew the term of {name} as {role} of {code}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="260"/>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="261"/>
        <source>A new two-year term from {start} to {end} is added; the current term keeps its dates. You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/terms_view.py" line="267"/>
        <source>Renew the term of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <location filename="../../opn_desk/gui/dialogs.py" line="231"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../opn_desk/gui/app.py" line="191"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/app.py" line="250"/>
        <source>The database was upgraded; a copy from before is in its backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../opn_desk/gui/app.py" line="309"/>
        <source>Today&apos;s automatic backup could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications_page.py" line="611"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
