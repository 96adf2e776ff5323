<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="173"/>
        <source>DeskApplication</source>
        <comment>{name} is already open in OPN Desk by {who}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="175"/>
        <location filename="../../opn_desk/gui/window/app.py" line="182"/>
        <source>DeskApplication</source>
        <comment>Open read-only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="167"/>
        <location filename="../../opn_desk/gui/window/app.py" line="200"/>
        <location filename="../../opn_desk/gui/window/app.py" line="291"/>
        <source>DeskApplication</source>
        <comment>Cancel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="168"/>
        <location filename="../../opn_desk/gui/window/app.py" line="291"/>
        <source>DeskApplication</source>
        <comment>Quit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="169"/>
        <source>DeskApplication</source>
        <comment>Only one desk can change a database at a time. Read-only, you can look things up and export, but not change anything.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="179"/>
        <source>DeskApplication</source>
        <comment>{name} is marked as open in OPN Desk by {user} on {computer} since {since}, but OPN Desk cannot tell from here whether it still is.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="182"/>
        <source>DeskApplication</source>
        <comment>Take over…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="184"/>
        <source>DeskApplication</source>
        <comment>If that desk has been closed (or its computer shut down or restarted), you can take the database over.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="192"/>
        <source>DeskApplication</source>
        <comment>OPN Desk cannot see from here whether {computer} still has it open.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="195"/>
        <source>DeskApplication</source>
        <comment>It was opened by an older version of OPN Desk, which this one cannot check.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="198"/>
        <source>DeskApplication</source>
        <comment>Take over {name} only if you are sure nobody is using it.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="200"/>
        <source>DeskApplication</source>
        <comment>Take over</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="201"/>
        <source>DeskApplication</source>
        <comment>The lock says it was opened by {user} on {computer} (process {pid}) since {since}. {why} If that desk is in fact still open, both would write to the database and changes could be lost.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="289"/>
        <source>DeskApplication</source>
        <comment>There is no database at {path}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="290"/>
        <source>DeskApplication</source>
        <comment>Create</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="290"/>
        <source>DeskApplication</source>
        <comment>Choose another…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="292"/>
        <source>DeskApplication</source>
        <comment>Create a new, empty database there, or choose the database you meant to open?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="301"/>
        <source>DeskApplication</source>
        <comment>Open database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="302"/>
        <source>DeskApplication</source>
        <comment>OPN Desk databases (*.sqlite *.db);;All files (*)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPanel</name>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="118"/>
        <source>Open the organisation in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="120"/>
        <source>Letters and PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="123"/>
        <source>Acknowledgement letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="124"/>
        <source>Decision letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="125"/>
        <source>Application summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="130"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="150"/>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="158"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="159"/>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="99"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="160"/>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="114"/>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="224"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="161"/>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="241"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="162"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="176"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="176"/>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="177"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="177"/>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="178"/>
        <source>Work-streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="178"/>
        <source>Priority sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="179"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="192"/>
        <source>The MAC&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="198"/>
        <source>The Multi-stakeholder Advisory Committee&apos;s opinion, when it gives one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="206"/>
        <source>Save opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="220"/>
        <source>Eligibility and due diligence. Tick each check when it is done; moving to Under review needs every item ticked, or a reason to override the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="233"/>
        <source>Another check for this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="234"/>
        <source>Add check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="269"/>
        <source>Score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="270"/>
        <source>Declare conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="271"/>
        <source>Remove declared conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="272"/>
        <source>Ranking of the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="290"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="290"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="290"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="307"/>
        <source>Files are copied into the database, at most {limit} MB each; opening one shows a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="310"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="311"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="312"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="328"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="328"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="328"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="329"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="369"/>
        <source>That application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="398"/>
        <source>received {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="402"/>
        <source>since {when}, by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="39"/>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="42"/>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="45"/>
        <source>(none offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="49"/>
        <source>{decision} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="54"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="56"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="59"/>
        <source>Accepting it created a membership: &lt;a href=&quot;org&quot;&gt;see it in the organisation&apos;s memberships&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="72"/>
        <source>The MAC&apos;s opinion is recorded while the application is under review or waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="90"/>
        <source>No checks on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="92"/>
        <source>All {total} checks done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="94"/>
        <source>{done} of {total} checks done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="98"/>
        <source>Screening ({done}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="109"/>
        <source>This application answers no call, so it is not scored: network members join without a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="120"/>
        <source>The call has no evaluation criteria yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="122"/>
        <source>Scores from 0 to {max} per criterion and reviewer. Criteria where reviewers differ by {spread} points or more are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail.py" line="435"/>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="126"/>
        <source>Scores are recorded while the application is under review or waiting for the MAC&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="129"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="129"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="129"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="147"/>
        <source>Reviewers disagree: their scores differ by {spread} points (from {low} to {high}); differences of {limit} points or more are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="172"/>
        <source>Weighted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="195"/>
        <source>&lt;b&gt;Weighted total: {total}&lt;/b&gt; of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="197"/>
        <source>{done} of {needed} complete reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="200"/>
        <source>not scored yet: {criteria}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="202"/>
        <source>&lt;span style=&apos;background: #fde3c3;&apos;&gt;reviewers disagree on {criteria}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="205"/>
        <source>rank {rank} in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="208"/>
        <source>Scores left out for a conflict of interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="215"/>
        <source>Declared conflict: {who}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="223"/>
        <source>Reviews ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="240"/>
        <source>Files ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_tabs.py" line="255"/>
        <source>History ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="94"/>
        <source>Tick “{item}” for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="94"/>
        <source>Untick “{item}” for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="118"/>
        <source>Add the check “{item}” for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="141"/>
        <source>Record the MAC&apos;s opinion on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="156"/>
        <source>Scores of {reviewer} for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="171"/>
        <source>Conflict of interest: {reviewer} on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="184"/>
        <source>Remove the conflict {who} declared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="185"/>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="251"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="185"/>
        <source>Their scores on this application count again. You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="187"/>
        <source>Remove the conflict of {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="206"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="207"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="222"/>
        <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="224"/>
        <source>Attach a smaller copy (a compressed PDF, for example), or keep the file where it is and note where in the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="227"/>
        <source>Attach {file} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="237"/>
        <source>No program on this computer opens {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="238"/>
        <source>A copy was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="250"/>
        <source>Remove {file} from this application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="251"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="252"/>
        <source>Remove {file} from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="260"/>
        <source>acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="260"/>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="261"/>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="265"/>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/detail_actions.py" line="271"/>
        <source>Wrote {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="132"/>
        <source>A call needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="134"/>
        <source>The call&apos;s title is longer than 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="136"/>
        <source>A call cannot close before it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="157"/>
        <source>Applications already answer this call, so its programme and role cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="325"/>
        <source>Choose the organisation that applies (create it first if it is new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="338"/>
        <source>That call no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="346"/>
        <source>The alternate must be someone other than the representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="349"/>
        <source>An application cannot be received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="405"/>
        <source>The application was changed since you opened it; reopen it to see the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="410"/>
        <source>The application already has scores, so its organisation, programme, role and call cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="434"/>
        <source>A checklist item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="513"/>
        <source>A decision cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="515"/>
        <source>A decision cannot be dated before the application was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="564"/>
        <source>Only a decided or withdrawn application can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="595"/>
        <source>The attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/applications.py" line="632"/>
        <location filename="../../opn_desk/services/applications.py" line="640"/>
        <source>That attachment no longer exists (it may have been removed or undone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="114"/>
        <source>Applications</source>
        <translation type="unfinished">Candidatures</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="114"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="87"/>
        <source>Search applicants by name or acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="88"/>
        <source>Record application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="89"/>
        <source>Record an application received by e-mail or on paper (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="92"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="95"/>
        <source>Import applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="96"/>
        <source>Import organisations and people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="98"/>
        <source>Export applicants for a mail merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="100"/>
        <source>Calls and evaluation criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="102"/>
        <source>Screening checklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="104"/>
        <source>Ranking of the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="105"/>
        <source>Review pack of the call (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="120"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="120"/>
        <source>Programme applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="122"/>
        <location filename="../../opn_desk/gui/applications/page.py" line="199"/>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="122"/>
        <source>The call the application answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="123"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="123"/>
        <source>Where the application is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="124"/>
        <source>Open applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="126"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="126"/>
        <source>Role applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="128"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="204"/>
        <source>{count} applications; open {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="243"/>
        <source>Choose a call in the filters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="251"/>
        <source>1 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="253"/>
        <source>{count} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="254"/>
        <source> match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="256"/>
        <source>No applications yet. Record one with Record application, or import a file with More › Import applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="259"/>
        <source>No application matches. Try fewer words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="334"/>
        <source>Application recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="357"/>
        <source>Export applicants for a mail merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="359"/>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="369"/>
        <source>Exported {count} applicants to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="427"/>
        <source>Save the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="427"/>
        <source>review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="433"/>
        <source>Wrote {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="434"/>
        <source>Review pack: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="441"/>
        <source>Decision recorded. Write the decision letter now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="442"/>
        <source>Write the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="442"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="443"/>
        <source>You can also write it later from Letters and PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="459"/>
        <source>&amp;Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="460"/>
        <source>&amp;Record application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="478"/>
        <source>&amp;Due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="497"/>
        <source>{count} things due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="45"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="46"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="47"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="47"/>
        <source>Core partner selection after each open call: a proposed slate balanced across the five UN regional groups and the stakeholder clusters, aiming for at least half of core partners with a female designated representative, with the reasons for each choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="51"/>
        <source>Leadership</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="51"/>
        <source>The leadership renewal process: agreeing the need and timeline, the open call, review against the evaluation criteria, the MAC&apos;s opinion and submission to the Board; co-lead terms and succession planning up to 2030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="55"/>
        <source>Reporting</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="55"/>
        <source>Yearly reporting by partners: who has not reported yet, reminders, reporting rates by programme against the 75% target, and activities by category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="58"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="58"/>
        <source>Core and affiliated initiatives, their due diligence, the SDGs they serve, and initiatives inactive for two years kept for monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="61"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="61"/>
        <source>MAC meetings (one virtual and one face-to-face each year): invitations, participation including written comments sent in advance, travel support for partners from LDCs, and printed dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="64"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="64"/>
        <source>Tasks by area with their progress, next steps and status (completed, ongoing, not yet started, postponed), printed as the three-column progress report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="64"/>
        <source>Balance of the proposed leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="72"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="72"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="72"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="72"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="75"/>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="75"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="81"/>
        <source>The core-partner selection&apos;s rules, for as many seats as leads are proposed. With few seats not every group can be represented. Gender is only counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="96"/>
        <source>Regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="96"/>
        <source>Stakeholder cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/balance.py" line="98"/>
        <source>Representative&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDetail</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="60"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="63"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="63"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="63"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="64"/>
        <source>By reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="71"/>
        <source>Score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="72"/>
        <source>Record a reviewer&apos;s scores of this incumbent on the lead criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="77"/>
        <source>MAC opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="82"/>
        <source>The Multi-stakeholder Advisory Committee&apos;s opinion on this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="89"/>
        <source>Save opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="96"/>
        <source>Proposed leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="102"/>
        <source>Propose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="103"/>
        <source>Take out of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="113"/>
        <source>Choose a candidate in the table to see its scores and the MAC&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="142"/>
        <source>Incumbent seeking renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="144"/>
        <source>Incumbent, applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="146"/>
        <source>Applicant: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="149"/>
        <source>cluster not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="150"/>
        <source>represented by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="151"/>
        <source>no representative recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="153"/>
        <source>current term ends on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="155"/>
        <source>Commitment offered: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="156"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="164"/>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="167"/>
        <source>Not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="169"/>
        <source>Weighted total {total}, rank {rank} of the scored candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="176"/>
        <source>Kept on the application (recorded while it is under review or waiting for the MAC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="178"/>
        <source>Kept with the renewal process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="180"/>
        <source>Proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidate.py" line="183"/>
        <source>Not proposed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="45"/>
        <source>Lead criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="46"/>
        <source>The criteria candidates are scored on (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="47"/>
        <source>Incumbents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="48"/>
        <source>Which incumbent co-leads seek renewal, and their commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="61"/>
        <source>Tick “Proposed” to put a candidate in the proposed leadership; untick to take it out. Unscored candidates are listed last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="100"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="100"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="100"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="100"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="101"/>
        <source>Country (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="101"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="101"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="102"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="102"/>
        <source>MAC opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="112"/>
        <source>{name} (weight {weight:g}): mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="116"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="126"/>
        <source>Incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="127"/>
        <source>Applicant (incumbent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="127"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="131"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="151"/>
        <source>{count} candidates ({applicants} applications, {incumbents} incumbents seeking renewal without one); {proposed} proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="157"/>
        <source>Link the process to its co-lead call first: the lead criteria are the call&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="169"/>
        <source>The MAC opinion on {name} is not saved. Leave it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="170"/>
        <source>Leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="204"/>
        <source>Propose {name} for the leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="205"/>
        <source>Take {name} out of the proposed leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="210"/>
        <source>Propose {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="210"/>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="211"/>
        <source>Why is {name} proposed? (printed in the dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="231"/>
        <source>MAC opinion on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/candidates.py" line="244"/>
        <source>Scores of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="33"/>
        <source>Screening checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="39"/>
        <source>The eligibility and due-diligence checks a new application starts its screening with. Applications already received keep their own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="44"/>
        <source>Role applied for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="58"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="61"/>
        <source>Add check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="62"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="63"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="64"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="65"/>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="121"/>
        <source>Customised by the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="121"/>
        <source>Shipped defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="135"/>
        <source>New check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="159"/>
        <source>Restore the default screening checklist for {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/checklist_dialog.py" line="174"/>
        <source>Set the screening checklist for {role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="32"/>
        <source>External review checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="35"/>
        <source>Tick each recommendation of the external review once the renewal has considered it; who ticked it and when are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="37"/>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="136"/>
        <source>Considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="37"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="37"/>
        <source>Ticked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="47"/>
        <source>Another item to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="48"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="49"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="50"/>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="186"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="83"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="83"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="91"/>
        <source>{who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="99"/>
        <source>External review checklist: {done} of {count} considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="132"/>
        <source>Tick the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="136"/>
        <source>Tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="137"/>
        <source>“{text}”: how was it considered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="151"/>
        <source>Untick the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="160"/>
        <source>Add the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="170"/>
        <source>Checklist note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="170"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="173"/>
        <source>Note on the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="185"/>
        <source>Remove “{text}” from the checklist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="186"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/checklist.py" line="187"/>
        <source>Remove the checklist item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountriesDialog</name>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="35"/>
        <source>Countries and regional groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="39"/>
        <source>Each country counts in the UN regional group shown, for every balance count, filter and report. The shipped groups are those used for elections (Türkiye and the United States in Western Europe and Others); change one only where your desk counts it otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="45"/>
        <source>Find a country by name or ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="49"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="49"/>
        <source>ISO3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="49"/>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="50"/>
        <source>As shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="50"/>
        <source>LDC / LLDC / SIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="51"/>
        <source>Organisations</source>
        <translation type="unfinished">Organisations</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="88"/>
        <source>Regional group of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="97"/>
        <source>LDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="97"/>
        <source>LLDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="97"/>
        <source>SIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/countries_dialog.py" line="99"/>
        <source>{group} (changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../opn_desk/services/demo.py" line="1453"/>
        <source>The database has no countries; create a new database for the demo network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../opn_desk/services/desk.py" line="81"/>
        <source>This database is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/desk.py" line="93"/>
        <source>The record was changed elsewhere while this was being saved, so nothing was saved; reopen it to see the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/desk.py" line="114"/>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/desk.py" line="130"/>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <location filename="../../opn_desk/services/desk_settings.py" line="62"/>
        <source>A screening checklist needs at least one check; use Restore defaults to go back to the shipped list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../opn_desk/services/due.py" line="180"/>
        <source>The number of days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/due.py" line="182"/>
        <source>At least one reviewer is needed per application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="58"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="60"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="64"/>
        <source>Waiting means more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="67"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="71"/>
        <source>An open application not moved for longer than this is listed as waiting too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="89"/>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="98"/>
        <source>Waiting more than {days} days in a state ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="100"/>
        <source>Reviews missing ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="101"/>
        <source>Terms ended or ending within 90 days ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="107"/>
        <source>{n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="108"/>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="108"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="109"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="120"/>
        <source>Waiting time in the due list: {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="167"/>
        <source>Nothing is due: no application is waiting too long, no review is missing and no term ends within 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="170"/>
        <source>More than {count} things need the desk&apos;s attention; the longest waits and the nearest terms are listed first. Double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="174"/>
        <source>{count} things need the desk&apos;s attention. Double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListDock</name>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="221"/>
        <source>Due ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="222"/>
        <location filename="../../opn_desk/gui/applications/due_list.py" line="233"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../opn_desk/services/duplicates.py" line="528"/>
        <location filename="../../opn_desk/services/duplicates.py" line="569"/>
        <location filename="../../opn_desk/services/duplicates.py" line="654"/>
        <source>That organisation no longer exists (it may have been deleted or undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/duplicates.py" line="650"/>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="188"/>
        <source>End membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="190"/>
        <source>End the {what} membership. It stays in the history, greyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="198"/>
        <source>e.g. withdrew, term completed, merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="199"/>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="200"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="239"/>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="263"/>
        <source>Export organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="244"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="246"/>
        <source>Ending the name in .xlsx writes an Excel workbook; .csv writes a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="249"/>
        <source>Include sensitive personal data (representatives&apos; gender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="257"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="264"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="273"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncumbentsDialog</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="25"/>
        <source>Incumbent co-leads of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="28"/>
        <source>The co-leads in office today. Those seeking renewal are candidates on the same criteria as the applicants; one that also applied is its application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30"/>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="30"/>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="35"/>
        <source>Seeks renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="31"/>
        <source>Applied to the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="31"/>
        <source>Commitment offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="36"/>
        <source>Does not seek renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="37"/>
        <source>Commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51"/>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="55"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="51"/>
        <source>Not said yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="55"/>
        <source>Yes: its application is the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="80"/>
        <source>{name} seeks renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="80"/>
        <source>{name} does not seek renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="91"/>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="97"/>
        <source>Commitment of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="91"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/incumbents.py" line="92"/>
        <source>What does {name} commit for a new term (staff, funds, in kind)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../opn_desk/services/intake.py" line="37"/>
        <source>{name} is {size:.1f} MB; attachments can be at most {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/intake.py" line="77"/>
        <source>{name} could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeImport</name>
    <message>
        <location filename="../../opn_desk/services/intake_import.py" line="399"/>
        <source>That call no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../opn_desk/gui/core/labels.py" line="105"/>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/core/labels.py" line="106"/>
        <source>{count} organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCriteriaDialog</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="27"/>
        <source>Lead criteria: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="31"/>
        <source>The criteria the candidates are scored on: those of the process&apos;s co-lead call. Defaults: a full-time staff member committed to the coordination desk, a financial or in-kind contribution, regional and stakeholder representation, expertise in the programme&apos;s work-streams, and a track record in the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="35"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="35"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="35"/>
        <source>Scores given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="36"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="40"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="41"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="42"/>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="102"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="101"/>
        <source>Remove the criterion {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="102"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/criteria.py" line="103"/>
        <source>Remove the lead criterion {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadershipPage</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="90"/>
        <source>Leadership</source>
        <translation type="unfinished">Direction</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="93"/>
        <source>The programme whose leadership is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="97"/>
        <source>The programme&apos;s renewal processes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="99"/>
        <source>New renewal process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="102"/>
        <source>Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="103"/>
        <source>The leadership renewal dossier of the programme&apos;s latest process, for the MAC and the Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="107"/>
        <source>Draft dossier (DRAFT watermark)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="108"/>
        <source>Final dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="110"/>
        <source>Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="111"/>
        <source>The co-leads and core partners in office on the date chosen under Terms of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="123"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="127"/>
        <source>Change call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="147"/>
        <source>Terms of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="148"/>
        <source>Renewal steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="149"/>
        <source>Checklist and succession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="150"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="251"/>
        <source>{title} (opened {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="260"/>
        <source>{code} ({name}) has no leadership renewal process yet. Open one with New renewal process… once the leads and the Secretariat agree on the need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="263"/>
        <source>{code} ({name}) has no leadership renewal process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="265"/>
        <source>No renewal process for {code} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="280"/>
        <source>step {n} of 4: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="281"/>
        <source>all four steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="282"/>
        <source>call: {title} ({start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="285"/>
        <source>no co-lead call linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="287"/>
        <source> (an earlier process: the dossier is of the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="288"/>
        <source>{title}{older} · opened {day} · {call} · now at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="297"/>
        <source>Finish the four steps of the current process first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="326"/>
        <source>Open the renewal process {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="342"/>
        <source>Link the renewal to its co-lead call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="379"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="379"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="380"/>
        <source>{code} leadership renewal dossier ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="390"/>
        <source>{code} roster as of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/page.py" line="398"/>
        <source>Built {title}: {pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterheadsDialog</name>
    <message>
        <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="28"/>
        <source>Programme letterheads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="33"/>
        <source>Printed at the top of letters, review packs, dossiers and rosters: up to four lines, the first in bold. Leave it empty to print &quot;One Planet network — &lt;programme&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="47"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="48"/>
        <source>&amp;Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="82"/>
        <source>One Planet network — {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/letterheads_dialog.py" line="109"/>
        <source>Set the letterhead of {codes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="105"/>
        <source>Creating a new database at {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="155"/>
        <source>This database is open in OPN Desk by {who}, so it is open here read-only: you can look things up but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="162"/>
        <source>OPN Desk created a new, empty database at {path}. To work on another one, use File › Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/damage_banner.py" line="37"/>
        <source>OPN Desk could not check {name} for damage: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/damage_banner.py" line="45"/>
        <source>damage it could not describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/damage_banner.py" line="50"/>
        <source> (and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/damage_banner.py" line="51"/>
        <source>This database is damaged (SQLite reports: {damage}). It is open read-only, so nothing more is written into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/damage_banner.py" line="55"/>
        <source>Restore the newest good backup to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/damage_banner.py" line="57"/>
        <source>Only the desk that has it open ({who}) can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/damage_banner.py" line="60"/>
        <source>To restore a backup, open it without --read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/damage_banner.py" line="77"/>
        <source>Restore the newest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="288"/>
        <source>{name} (read-only) — OPN Desk</source>
        <translation>{name} (lecture seule) — OPN Desk</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="289"/>
        <source>{name} — OPN Desk</source>
        <translation>{name} — OPN Desk</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="304"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="333"/>
        <source>Not built yet</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="362"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="363"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="365"/>
        <source>New &amp;demo database…</source>
        <translation>Nouvelle base de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="366"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="367"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="368"/>
        <source>&amp;Export organisations…</source>
        <translation>&amp;Exporter les organisations…</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="369"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="371"/>
        <location filename="../../opn_desk/gui/window/main_window.py" line="445"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="372"/>
        <location filename="../../opn_desk/gui/window/main_window.py" line="446"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="373"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="374"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="376"/>
        <source>&amp;New organisation</source>
        <translation>&amp;Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="378"/>
        <source>&amp;Save organisation</source>
        <translation>&amp;Enregistrer l’organisation</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="380"/>
        <source>&amp;Delete organisation…</source>
        <translation>&amp;Supprimer l’organisation…</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="382"/>
        <source>Countries and &amp;regional groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="383"/>
        <source>&amp;About OPN Desk</source>
        <translation>À &amp;propos d’OPN Desk</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="388"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="391"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="400"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="407"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="413"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="428"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="441"/>
        <source>{count} in this database</source>
        <translation>{count} dans cette base</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="445"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="446"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/main_window.py" line="466"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="39"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="40"/>
        <source>OPN Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="48"/>
        <source>{name} already exists. Use File › Open database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="54"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="55"/>
        <source>OPN Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="69"/>
        <source>Demo database written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="82"/>
        <source>Backup written and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="114"/>
        <source>Exported {count} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="145"/>
        <source>&lt;h3&gt;OPN Desk {version}&lt;/h3&gt;&lt;p&gt;The coordination desk&apos;s tool for One Planet network programmes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {folder}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/file_commands.py" line="154"/>
        <source>About OPN Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="130"/>
        <source>Add membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="130"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="143"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="151"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="152"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="153"/>
        <source>Re&amp;presentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="154"/>
        <source>A&amp;lternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="155"/>
        <source>Term &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="156"/>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="160"/>
        <source>(nobody named yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="43"/>
        <source>Merge duplicate records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="48"/>
        <source>Choose the record that is the same organisation as &lt;b&gt;{name}&lt;/b&gt;. The record you do not keep stays in the history, marked as merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="54"/>
        <source>Search the registry for the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="59"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="61"/>
        <source>Looking for possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="65"/>
        <source>Which record to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="93"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="116"/>
        <source>Suggested because of the reasons shown; or search for another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="117"/>
        <source>No likely duplicate found; search for the other record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="136"/>
        <source>{count} found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="161"/>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="162"/>
        <source>Keep {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="176"/>
        <source>No country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="177"/>
        <source>No website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="178"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="178"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="179"/>
        <source>1 membership ({active} active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="180"/>
        <source>{n} memberships ({active} active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="182"/>
        <source>1 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="183"/>
        <source>{n} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="185"/>
        <source>Already merged into another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="202"/>
        <source>{gone} becomes another name of {kept}; its people, memberships, applications and history move to {kept}. You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/merge_dialog.py" line="227"/>
        <source>Merge {gone} into {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../opn_desk/gui/core/messages.py" line="20"/>
        <source>OPN Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/core/messages.py" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/core/messages.py" line="80"/>
        <source>The file could not be used: {reason}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/core/messages.py" line="86"/>
        <source>Something went wrong that OPN Desk did not expect ({kind}). Nothing further was saved; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDemoDialog</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="282"/>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="314"/>
        <source>New demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="284"/>
        <source>Creates a new database filled with a realistic, invented network, to try OPN Desk or to train. Your own database is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="298"/>
        <source>The same number gives the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="299"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="300"/>
        <source>&amp;Organisations</source>
        <translation type="unfinished">&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="301"/>
        <source>&amp;Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="308"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="315"/>
        <source>OPN Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="326"/>
        <source>Choose where to write the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="328"/>
        <source>{name} already exists; the demo network is written to a new file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="331"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="126"/>
        <source>This area is not built yet. Until it is, keep this work where you keep it today; the organisations registry is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../opn_desk/gui/window/pages.py" line="89"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="75"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="99"/>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="102"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="105"/>
        <source>Type a country&apos;s name or its ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="228"/>
        <source>That organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_people.py" line="48"/>
        <source>People ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_people.py" line="49"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_people.py" line="59"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_people.py" line="74"/>
        <source>Memberships ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_people.py" line="75"/>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_history.py" line="47"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_history.py" line="47"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_history.py" line="47"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_history.py" line="56"/>
        <source>{record}: {field} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_history.py" line="59"/>
        <source>{record}: {field}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_history.py" line="64"/>
        <source>{record} {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_history.py" line="70"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="282"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="283"/>
        <source>Not saved yet. People and memberships can be added once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="285"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="301"/>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="524"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="301"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="376"/>
        <source>Choose the country from the list (type part of its name or its three-letter code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="387"/>
        <source>Choose the parent organisation from the list that appears as you type, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="434"/>
        <source>Reload (lose my changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="435"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="480"/>
        <source>Its {count} people are removed with it. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_people.py" line="125"/>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="481"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="482"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="482"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="522"/>
        <source>this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="523"/>
        <source>Save your changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="524"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="524"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/organisation_editor.py" line="525"/>
        <source>Your changes to the details have not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_people.py" line="124"/>
        <source>Remove {name} from this organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/editor_people.py" line="125"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="195"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="197"/>
        <source>Show or hide the document&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="199"/>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="202"/>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="207"/>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="223"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="208"/>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="210"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="211"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="214"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="215"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="217"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="219"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="260"/>
        <source>(the file could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="328"/>
        <source>Printing {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="328"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="354"/>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="375"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/print_preview.py" line="377"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="101"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="101"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="102"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="102"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="107"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="113"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="114"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="115"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="116"/>
        <source>&amp;Gender (as stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="117"/>
        <source>Gender is recorded only as the person states it; it is sensitive and never exported unless you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="342"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="347"/>
        <source>Your name as it should appear in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="348"/>
        <source>Desk officer&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="350"/>
        <source>Every change you make is recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="353"/>
        <source>Programme &amp;letterheads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="354"/>
        <source>The lines printed at the top of letters, packs, dossiers and rosters, per programme (kept in the database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="64"/>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="66"/>
        <source>The name is longer than 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="68"/>
        <source>The acronym is longer than 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="73"/>
        <source>An organisation cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="77"/>
        <source>That parent would make a circle of parent organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="81"/>
        <source>The parent organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="148"/>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="189"/>
        <source>The term must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="206"/>
        <source>That membership has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="208"/>
        <source>A membership cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="219"/>
        <source>Only an active membership can be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="221"/>
        <source>This membership has no end date, so there is no term to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/registry.py" line="223"/>
        <source>The renewed term must end after the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="50"/>
        <source>Organisations</source>
        <translation type="unfinished">Organisations</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="50"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="46"/>
        <source>Search names, acronyms, countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="47"/>
        <source>Searches the name, acronym, other names and country (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="48"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="56"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="56"/>
        <source>Active in programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="58"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="58"/>
        <source>Active in the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="60"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="60"/>
        <source>Regional group of the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="63"/>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="63"/>
        <source>Stakeholder cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="65"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="82"/>
        <location filename="../../opn_desk/gui/registry/page.py" line="160"/>
        <source>No organisation matches. Try fewer words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="154"/>
        <source>{shown} of {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/registry/page.py" line="157"/>
        <source>There are no organisations in this database yet. Add the first with New organisation, or try OPN Desk on File › New demo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewMembershipDialog</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="208"/>
        <source>Renew membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="208"/>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="211"/>
        <source>A new term of the {what} membership starts on {start}; the current term is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="217"/>
        <source>New term &amp;ends on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="178"/>
        <source>The renewal process was changed since you opened it; reload it to see the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="197"/>
        <source>Incumbents already have scores on the criteria of the linked call; remove those scores before linking another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="301"/>
        <source>A step cannot have started in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="322"/>
        <source>A step cannot start in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="341"/>
        <source>A step cannot be closed in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="361"/>
        <source>Reopening a step needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="373"/>
        <source>The attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="404"/>
        <source>That evidence file no longer exists (it may have been removed or undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="423"/>
        <source>A checklist item needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="426"/>
        <source>The checklist already has that item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="484"/>
        <source>Succession is planned for co-leads and core partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="496"/>
        <source>Choose the organisation, or write who (for example &quot;Open seat: Africa&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="531"/>
        <source>Link the renewal process to its co-lead call first; the criteria are the call&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="611"/>
        <source>That membership is not a co-lead membership of this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="649"/>
        <source>That application does not answer this renewal process&apos;s co-lead call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="654"/>
        <source>That candidate no longer exists (it may have been deleted or undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="677"/>
        <source>A withdrawn application cannot be proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="688"/>
        <source>This incumbent has not said it seeks renewal; record that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="690"/>
        <source>This incumbent also applied to the call; propose its application instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="719"/>
        <source>Only an incumbent seeking renewal is scored; record that it seeks renewal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/renewal.py" line="745"/>
        <source>That score no longer exists (it may have been removed or undone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../../opn_desk/services/report_data.py" line="144"/>
        <source>That application does not exist (it may have been deleted or undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/report_data.py" line="341"/>
        <source>That call does not exist (it may have been deleted or undone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../opn_desk/services/reviews.py" line="94"/>
        <source>A weight is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/reviews.py" line="103"/>
        <source>A criterion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/reviews.py" line="105"/>
        <source>The criterion&apos;s name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/reviews.py" line="310"/>
        <source>This application answers no call, so there are no criteria to score it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/reviews.py" line="335"/>
        <source>That score no longer exists (it may have been removed or undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/reviews.py" line="410"/>
        <source>At least one reviewer is needed per application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/reviews.py" line="412"/>
        <source>The disagreement threshold is a number of points above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="49"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="49"/>
        <source>Regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="50"/>
        <source>Stakeholder cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="50"/>
        <source>Representative&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="51"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="51"/>
        <source>Country code (ISO3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="52"/>
        <source>Least developed country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="53"/>
        <source>Small island developing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="54"/>
        <source>Incumbent core partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="55"/>
        <source>Parent organisation (family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/rules_editor.py" line="56"/>
        <source>First priority sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="105"/>
        <source>Selection</source>
        <translation type="unfinished">Sélection</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="108"/>
        <source>The core-partner call whose slate you are choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="111"/>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="112"/>
        <source>The slate with the best total review score that meets every rule and pin (or, if there is none, why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="114"/>
        <location filename="../../opn_desk/gui/selection/page.py" line="526"/>
        <source>Seats and rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="115"/>
        <source>Scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="117"/>
        <source>Selection report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="118"/>
        <source>The rules, pool, slate, balance, alternates and your notes as a printable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="122"/>
        <source>Draft report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="123"/>
        <source>Final report (no DRAFT mark)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="133"/>
        <source>Loading the calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="135"/>
        <source>This database is open read-only: you can look, propose and compare, but not pick, pin or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="165"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="169"/>
        <source>Find in the pool: name, country or representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="170"/>
        <source>Picked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="185"/>
        <source>No candidates yet: the pool is the call&apos;s applications that passed screening (under review or later) and the incumbents seeking renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="193"/>
        <source>Seeks renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="193"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="194"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="194"/>
        <source>Regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="231"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="237"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="242"/>
        <source>Your notes on this round: the trade-offs made and why. They go into the selection report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="246"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="254"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="277"/>
        <source>{title} ({programme}, closes {closes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="286"/>
        <source>There is no core-partner call yet. Add one under Applications › Calls and evaluation criteria; its screened applications become the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="289"/>
        <source>No call chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="316"/>
        <source>Loading the round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="332"/>
        <source>The seats, rules or pins have changed since this answer: press Propose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="368"/>
        <source>Applied: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="369"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="375"/>
        <source>{name} applied to this call; its application is {status}, so it is not in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="377"/>
        <source>Tick when {name} seeks renewal: it joins the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="384"/>
        <source>Incumbents not seeking renewal ({n}), not in the pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="385"/>
        <source>Incumbents not seeking renewal ({n}), not in the pool; tick one that seeks renewal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="411"/>
        <source>The round&apos;s rules cannot be used: {reason} Fix them in Seats and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="427"/>
        <source>{n} candidates in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="428"/>
        <source>1 candidate in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="429"/>
        <source>{picked} of {seats} seats picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="434"/>
        <source>1 rule broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="434"/>
        <source>{n} rules broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="437"/>
        <source>every rule met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="439"/>
        <source>rules: the Terms of Reference&apos;s defaults (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="476"/>
        <source>Replace your {n} picks with this slate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="477"/>
        <source>Replace the picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="478"/>
        <source>You can undo it with Edit › Undo, or save the picks as a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="51"/>
        <source>Unpick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="51"/>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="53"/>
        <source>Pin in (always in a proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="55"/>
        <source>Pin out (never in a proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="57"/>
        <source>Remove the pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="59"/>
        <source>Why not {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="63"/>
        <source>Score of this incumbent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="64"/>
        <source>Does not seek renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="67"/>
        <source>Open the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="81"/>
        <source>Remove the pin of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="81"/>
        <source>Pin in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="82"/>
        <source>Pin out {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="104"/>
        <source>Score of an incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="104"/>
        <source>{name} did not apply, so it has no review score. The score it is weighed with (0 to 5, like a weighted review total):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="111"/>
        <source>Score {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="190"/>
        <source>Seats and balance rules of {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="208"/>
        <source>Notes on {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="234"/>
        <source>Scenarios of {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="246"/>
        <source>Delete the scenario {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="247"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="266"/>
        <source>Which slate should the report show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="267"/>
        <source>The proposed slate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="267"/>
        <source>My picks ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="268"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="268"/>
        <source>The proposed slate is the best total score that meets every rule; your picks are checked against the same rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="277"/>
        <source>Save the selection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="278"/>
        <source>selection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="287"/>
        <source>Wrote {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page_actions.py" line="288"/>
        <source>Selection report: {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/selection/page.py" line="526"/>
        <source>Seats and rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionRound</name>
    <message>
        <location filename="../../opn_desk/services/selection_round.py" line="390"/>
        <source>Name the call by its id or a part of its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/selection_round.py" line="629"/>
        <source>Pins are candidates pinned in (true) or out (false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/selection_round.py" line="768"/>
        <source>A scenario needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/selection_round.py" line="773"/>
        <source>A scenario needs at least one selected candidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="87"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="87"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="87"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="87"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="88"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="88"/>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="141"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="88"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="103"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="104"/>
        <source>Mark the step in progress from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="105"/>
        <source>Close step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="106"/>
        <source>Mark the step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="107"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="108"/>
        <source>Work on a done step again (a reason is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="136"/>
        <source>What shows the step was done: minutes, decisions, links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="137"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="138"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="139"/>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="140"/>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="142"/>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="147"/>
        <source>Reload the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="148"/>
        <source>Show the step as it is now saved; your unsaved edits are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="154"/>
        <source>Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="155"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="170"/>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="174"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="175"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="176"/>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="504"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="230"/>
        <source> (order overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="239"/>
        <source>{n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="239"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="240"/>
        <source>, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="248"/>
        <source>Step {number} was changed since you started editing it. Your edits are kept here but cannot be saved over the change: reload the step to see it, then make your edits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="257"/>
        <source>Step {number} has changes that are not saved. Leave them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="258"/>
        <source>Leave the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="274"/>
        <source>Step {number} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="280"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="281"/>
        <source>Done on {day}, closed by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="284"/>
        <source>In progress since {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="286"/>
        <source>Not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="288"/>
        <source>Closed before step {before} was done. Reason recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="296"/>
        <source>Added {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="298"/>
        <source>Evidence files ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="307"/>
        <source>— (set when the step is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="378"/>
        <source>Edit step {number} of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="404"/>
        <source>Start step {number} of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="426"/>
        <source>Close step {number} of the renewal, overriding the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="427"/>
        <source>Close step {number} of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="443"/>
        <source>Reopen step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="443"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="444"/>
        <source>Why is step {number} ({title}) reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="446"/>
        <source>The reason is added to the step&apos;s evidence notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="450"/>
        <source>Reopen step {number} of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="470"/>
        <source>Add evidence files to step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="471"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="480"/>
        <source>{name} is {size:.1f} MB; evidence files can be at most 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="492"/>
        <source>No program on this computer opens {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="493"/>
        <source>A copy was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="502"/>
        <source>Remove {file} from step {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/renewal_steps.py" line="504"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessionView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="30"/>
        <source>Succession planning to {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="35"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="35"/>
        <source>Organisation or seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="35"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="36"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="44"/>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="45"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="46"/>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="139"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="76"/>
        <source>{name} (a seat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="87"/>
        <source>Years without an entry: {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="88"/>
        <source>Every year from {first} to {last} has an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="120"/>
        <source>Plan the succession for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="125"/>
        <source>Edit the succession for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="138"/>
        <source>Remove {name} ({year}) from the succession plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="140"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/succession.py" line="141"/>
        <source>Remove {name} from the succession plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../opn_desk/services/terms.py" line="187"/>
        <source>That membership no longer exists (it may have been deleted or undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/terms.py" line="189"/>
        <source>Only an active membership can be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/terms.py" line="191"/>
        <source>This membership has no end date, so there is no term to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/terms.py" line="193"/>
        <source>A term lasts at least one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/services/terms.py" line="197"/>
        <source>The renewed term must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsView</name>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="87"/>
        <source>In office on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="92"/>
        <source>Any past or future date: the composition is computed from the recorded terms, nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="94"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="95"/>
        <source>A year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="96"/>
        <source>In a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="98"/>
        <source>Renew term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="99"/>
        <source>Add a new two-year term starting the day after the current one ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="119"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="129"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="129"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="129"/>
        <source>Country (regional group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="130"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="130"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="130"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="131"/>
        <source>Consecutive term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="131"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="178"/>
        <source>A past date: the members in office that day, from the recorded terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="180"/>
        <source>A future date shows the terms as they stand today: nobody is assumed to hold over beyond today, and renewals not yet recorded are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="183"/>
        <source>Today. A member whose term has ended stays in office, shown as holding over, until the desk renews it or ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="187"/>
        <source>{leads} co-leads and {partners} core partners in office on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="198"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="201"/>
        <source>from {day}, open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="202"/>
        <source>{nth} term, since {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="212"/>
        <source>Holding over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="212"/>
        <source>Within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="214"/>
        <source>Within 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="221"/>
        <source>No term of {code} ends within six months, and nobody is holding over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="225"/>
        <source>Alerts today ({count}): terms ending within six months, and members holding over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="248"/>
        <source>Renew the term of {name} as {role} of {code}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="250"/>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="251"/>
        <source>A new two-year term from {start} to {end} is added; the current term keeps its dates. You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/leadership/terms_view.py" line="257"/>
        <source>Renew the term of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <location filename="../../opn_desk/gui/widgets/dialogs.py" line="230"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="270"/>
        <source>Opening {name}…</source>
        <translation type="unfinished">Ouverture de {name}…</translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="432"/>
        <source>The database was upgraded; a copy from before is in its backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="365"/>
        <source>Opening {name} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/window/app.py" line="502"/>
        <source>Today&apos;s automatic backup could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opn_desk/gui/applications/page.py" line="482"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Aide</translation>
    </message>
</context>
</TS>
