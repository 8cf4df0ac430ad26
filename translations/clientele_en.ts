<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbcPage</name>
    <message>
        <source>&amp;Write classes into importance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class A: the clients who bring the first this much of the revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class B: the clients who bring the next this much; the rest is C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class X: monthly revenue varies by at most this much (coefficient of variation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class Y: varies by at most this much; more is Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set each client&apos;s importance to its ABC class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Y up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client analytics (ABC/XYZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue by ABC class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write classes into importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the importance of %n client(s) to their ABC class of this report? Their present importance is replaced.</source>
        <translation>
            <numerusform>Set the importance of %n client to its ABC class of this report? Its present importance is replaced.</numerusform>
            <numerusform>Set the importance of %n clients to their ABC class of this report? Their present importance is replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The importance of %n client(s) changed.</source>
        <translation>
            <numerusform>The importance of %n client changed.</numerusform>
            <numerusform>The importance of %n clients changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n client(s))</source>
        <translation>
            <numerusform>%1 (%n client)</numerusform>
            <numerusform>%1 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbcReport</name>
    <message>
        <source>The thresholds must be A &gt; 0, B ≥ 0 with A + B ≤ 100, and 0 ≤ X ≤ Y.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Clientele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Clientele %1&lt;/h2&gt;&lt;p&gt;A desktop CRM for one salesperson&apos;s workstation: clients, deals, tasks, calendar, mailings and sales reports in one file on your computer.&lt;/p&gt;&lt;p&gt;License: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3 or later&lt;/a&gt; (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal&apos;s expected close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application to open «%1» is set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentOpenPolicy</name>
    <message>
        <source>a program or a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program or a script (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is %2. Clientele does not open such files, so that one sent by a stranger cannot run on this computer. Save it and look at it first if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>%1 is %2 MB; files over 50 MB cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the database into the backups folder, while you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is backed up to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

The current database is kept beside it as %2.replaced-… and can be opened again from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup with File → Restore from backup…. The backups already taken are kept: none is rotated away while the database cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>backup takes at most one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs the backup file: restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; the file it replaced is kept as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the database %1 has %n problem(s)</source>
        <translation>
            <numerusform>the database %1 has %n problem</numerusform>
            <numerusform>the database %1 has %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot back up into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the old backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged, so it cannot be backed up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of each of the last days that have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of each of the last weeks that have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>country of phone numbers typed without a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency of new deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption: none, starttls or tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login on the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate to trust for a server with its own (a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where recipients unsubscribe from mailings (mailto: or https:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway: generic or smsru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway address with {phone}, {text}, {sender} and {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET or POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender name of SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON field and value that mean success (status=OK); empty: the HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and keys are kept in the system keychain, never in the database; the command line reads $CLIENTELE_SMTP_PASSWORD and $CLIENTELE_SMS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the settings are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.port: &quot;%1&quot; is not a port (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.security: &quot;%1&quot; is not none, starttls or tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.from: &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.unsubscribe: &quot;%1&quot; is not a mailto: or https: address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms.provider: &quot;%1&quot; is not generic or smsru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms.method: &quot;%1&quot; is not GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone_region: &quot;%1&quot; is not a two-letter country code (RU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not a three-letter code (RUB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of the working day in the calendar (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the working day in the calendar (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day (09:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder of the automatic backups (an absolute path); empty: a backups folder beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many days with a backup keep their newest one (1-366)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many weeks with a backup keep their newest one (0-520)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup.daily: &quot;%1&quot; is not a number of days (1-366).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup.weekly: &quot;%1&quot; is not a number of weeks (0-520).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup.folder: &quot;%1&quot; is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms.url: this is not an http: or https: address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms.url: a login or password in the address would be kept in the base; write {key} where the gateway wants its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms.url: a gateway is reached over https:, so that the key and the messages go encrypted (http: only on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms.url: the address carries the key itself (%1=…); write %1={key}: the key is kept in the system keychain, and the command line reads $CLIENTELE_SMS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate to trust for a gateway with its own (a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.host: the server&apos;s name or address only; the login and the password have fields of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes before a new event its reminder comes (0-10080); none: no reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar.default_reminder: &quot;%1&quot; is not none or a number of minutes (0-10080).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>--from and --to need dates or times such as 2026-12-01 or 2026-12-01T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) must be after --from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event needs add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event add needs --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event add needs --start and --end (--end may be left out with --all-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start and --end of an all-day event need dates such as 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start and --end need times such as 2026-12-01T09:00 or 2026-12-01T06:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attendee needs a contact person&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar needs list, export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown calendar command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar export needs -o FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events and %2 tasks to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar import needs FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remind needs due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown remind command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a time such as 2026-12-01T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (missed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>%1&apos;s birthday (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deals expected to close</source>
        <translation>
            <numerusform>%n deal expected to close</numerusform>
            <numerusform>%n deals expected to close</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-hour event on the selected day; or drag over the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back a day, a week or a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a day, a week or a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is coming, day by day (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a repeating event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» repeats. Change only this occurrence or the whole series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» repeats. Delete only this occurrence or the whole series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days on screen as an .ics file other calendars open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was imported from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day, week, month or agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week before or after (week and month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back or forward a day, a week or a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected event; in the month, the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours and reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the working day starts and ends, and the reminder of a new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSettingsPage</name>
    <message>
        <source>The calendar shades the hours outside the working day and starts new events and &quot;tomorrow morning&quot; reminders at its start. Saved in the database, for everyone who opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day &amp;starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day &amp;ends at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder of a new event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A mailing needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is for %2, the mailing for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace is a number of messages a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>Channels and campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see the won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n won</source>
        <translation>
            <numerusform>%1 · %n won</numerusform>
            <numerusform>%1 · %n won</numerusform>
        </translation>
    </message>
    <message>
        <source>Won deals from «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailings were created in the period. Their results, cost and return show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings created in the period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearButtonNames</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>clientele-cli: the option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is ready (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clients needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deals needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo clients in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client needs show, add, archive or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown client command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 needs a client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, INN </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be company or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid phone number; kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid e-mail address; kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be one character, tab or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, merge or create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object of &quot;header&quot;: &quot;field&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; for the column &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1, merged %2, skipped %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs what and a file: import csv|vcard FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, json or vcard, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for --format csv only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (try UTF-8, windows-1251, UTF-16LE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be one character or tab, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids needs client ids separated by commas, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids needs client ids separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--importance must be A, B or C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no client with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 has no place for %n character(s); written as &quot;?&quot;</source>
        <translation>
            <numerusform>warning: %1 has no place for %n character; written as &quot;?&quot;</numerusform>
            <numerusform>warning: %1 has no place for %n characters; written as &quot;?&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>using the column mapping remembered for this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the column mapping was not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; batch %1 (undo: clientele-cli import undo %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import undo needs a batch number (see import list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 undone: %2 clients removed, %3 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge needs client ids, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge undo needs one merge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge needs the id to keep and at least one more id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge %1 undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>merged %n client(s) into %1; merge %2 (undo: clientele-cli merge undo %2)</source>
        <translation>
            <numerusform>merged %n client into %1; merge %2 (undo: clientele-cli merge undo %2)</numerusform>
            <numerusform>merged %n clients into %1; merge %2 (undo: clientele-cli merge undo %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>proposal needs one deal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal needs -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-until needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal cannot be filled in; missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal No. %1 written to %2 and attached to deal %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company needs show, set or image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>company set needs at least one requisite, such as --inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company image needs logo, signature or stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company image %1 needs a file, or --remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo clients and %2 deals in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export interactions writes --format json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date (2026-11-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs what to export: clients or interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: clientele-cli [--db FILE] [--user NAME] COMMAND [ARGS]
       clientele-cli --help | --version

commands:
  init                               create or upgrade the database
  demo [--clients N] [--deals N] [--seed S]
                                     fill the database with demo data
  search TEXT [--limit N] [--format json]
  client show ID [--format json]
  client add --kind company|person --name N [--first-name F] [--middle-name M]
             [--last-name L] [--phone P]... [--email E]... [--city C] [--region R]
             [--importance A|B|C] [--source S] [--tag T]... [--inn INN]
  client archive ID | client restore ID
  export clients [--format csv|json|vcard] [-o FILE]
             [--encoding NAME] [--no-bom] [--delimiter CHAR|tab] [--columns a,b,c]
             [--ids 1,2,3] [--search TEXT] [--tag TAG] [--kind company|person]
             [--region R] [--importance A|B|C] [--archived]
  export interactions [--from DATE] [--to DATE]   one JSON array, oldest first
  import csv FILE [--encoding auto|NAME] [--delimiter auto|CHAR] [--map FILE]
             [--on-duplicate skip|merge|create] [--tag TAG] [--dry-run] [--format json]
  import vcard FILE [--on-duplicate ...] [--tag TAG] [--no-photos] [--dry-run]
             [--format json]
  import list [--format json] | import undo BATCH
  duplicates [--limit N] [--format json]
  merge KEEP_ID ID... [--format json] | merge undo MERGE_ID
  deal add --client ID --title T [--contact ID] [--pipeline NAME] [--stage NAME]
             [--amount 1234.50] [--probability P] [--source S] [--expected DATE]
             [--kind manual|process|simple] [--currency RUB] [--budget A]
             [--responsible R] [--interest T] [--needs T] [--notes T]
  deal move ID --stage NAME [--reason R] | deal won ID [--amount A]
  deal lost ID --reason R [--comment C] | deal reopen ID
  deal item add ID --product NAME [--quantity Q] [--price P] [--discount D]
             [--vat V|none] [--sku S] [--unit U]
  deal list [--status open|won|lost] [--pipeline P] [--client ID] [--limit N]
             [--format json] | deal show ID [--format json]
  event add --title T --start ISO --end ISO [--all-day] [--zone IANA] [--location L]
             [--description D] [--client ID] [--contact ID] [--deal ID]
             [--attendee CONTACT_ID]... [--remind -15m|-1h|-1d|ISO] [--repeat RRULE]
  calendar list --from ISO --to ISO [--format json]   occurrences expanded, every kind
  calendar export -o FILE.ics [--from ISO --to ISO] | calendar import FILE.ics
  remind due [--at ISO] [--format json]   due reminders, missed ones included
  proposal DEAL_ID -o FILE.pdf [--template NAME] [--valid-until YYYY-MM-DD]
             the deal&apos;s commercial proposal as PDF, attached to the deal and noted
             on the client; lists the missing fields when it cannot be filled
  company show [--format json]
  company set [--name N] [--inn I] [--kpp K] [--ogrn O] [--address A] [--phone P]
             [--email E] [--bank-name B] [--bik B] [--account A] [--corr-account A]
             [--director D] [--director-position P]
  company image logo|signature|stamp FILE | company image KIND --remove
  task add --title T [--description D] [--due ISO|DATE] [--all-day]
             [--priority low|normal|high] [--client ID] [--contact ID] [--deal ID]
             [--executor NAME] [--check] [--remind ISO|-15m]
             [--repeat daily|weekly|monthly|yearly|RRULE]
  task list [--view mine|assigned|check] [--format json]
  task show ID [--format json]
  task start|done|accept|cancel|reopen ID | task return ID --comment C
  person add NAME [--position P] [--email E] | person list [--archived] [--format json]
  settings get KEY | settings set KEY VALUE | settings list [--format json]
                                     business settings: smtp.host, smtp.port,
                                     smtp.security none|starttls|tls, smtp.user,
                                     smtp.from, smtp.ca_file, sms.url...
  template add --name N [--channel email|sms] [--subject S] --body-file F
             [--text-file F] [--attach FILE]... | template list [--channel C]
             [--format json]
  mail send --client ID|--contact ID|--to ADDRESS --template NAME [--deal ID]
             [--attach FILE]...   (or --subject S --body HTML instead of a template)
  sms send --client ID|--contact ID|--to PHONE --template NAME [--deal ID]
             (or --body TEXT)
  mail outbox [--campaign ID] [--state S] [--format json]
  mail run [--campaign ID] [--rate N] | mail retry [--campaign ID]
  mail resolve ID --sent|--again    decide about a message whose fate is unknown
  segment add --name N --filter EXPR | segment show NAME [--channel C] [--format json]
             | segment list    EXPR: region=R; city=C; importance=A,B; kind=K; tag=T;
             source=S; stage=NAME; open_deal; no_contact_days&gt;=N; birthday=this_month;
             recipients=all|clients|contacts
  mail campaign create --name N --template T --segment S [--channel email|sms]
             [--at ISO] [--rate N] [--cost 1500.00] | mail campaign list
  mail campaign run ID | mail campaign show ID [--format json]
  report funnel|losses|interactions|efficiency|channels|abc [--from DATE]
             [--to DATE] [--pipeline P] [--responsible NAME] [--source S]
             [--region R] [--importance A|B|C] [--tag T] [--format table|json|csv]
             the period is this month so far unless --from and --to say otherwise;
             funnel: [--mode snapshot|flow]; interactions: [--by week|month]
             [--no-contact-days N]; abc: [--a 80] [--b 15] [--x 10] [--y 25] [--apply]
             (--apply writes the ABC class into the clients&apos; importance)
  backup [FILE]                      a consistent copy while the base is in use;
             without FILE into the backups folder (backup.folder, else backups/
             beside the database), keeping the newest of the last backup.daily (7)
             days and backup.weekly (4) weeks; prints the file written
  restore FILE                       checks FILE, keeps the current database aside
             as NAME.replaced-YYYYMMDD-HHMMSS (printed) and puts FILE in its place
  check [--format json]              integrity, foreign keys and the search index;
             exit 1 listing each problem

The user who acts (deal history, task author and steps) is --user, else
$CLIENTELE_USER, else the one chosen in the desktop app, else the login name.
The database is --db, else $CLIENTELE_DB, else the one the desktop app uses.
The mail server&apos;s password is read from $CLIENTELE_SMTP_PASSWORD, the SMS
gateway&apos;s key from $CLIENTELE_SMS_KEY.
CSV export is UTF-8 with a BOM and commas unless --encoding and --delimiter say
otherwise (windows-1251 and &quot;;&quot; for Excel on a Russian system). Its columns:
  id kind name last_name first_name middle_name phones emails city region
  address importance source responsible tags inn kpp contacts notes created_at
  updated_at
Cells starting with = + - @ get a leading &apos; against formula injection, except
phones such as +79123456789.

Exit codes: 0 done, 1 bad input or refused, 2 usage, 3 database unavailable.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Select a client in the list to see the card,
or press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidiary of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent company of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDealsPage</name>
    <message>
        <source>&amp;New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals with this client yet. A deal follows one sale from the first call to the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won %1, lost %2, open %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>average cycle %n day(s)</source>
        <translation>
            <numerusform>average cycle %n day</numerusform>
            <numerusform>average cycle %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientExporter</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty column name; the columns are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate CSV fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFill</name>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: %3 «%4» kept, the file has «%5»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: no column holds a name, an e-mail or a phone; map the columns first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the base; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has no cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListPane</name>
    <message>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, phone, e-mail, city, INN, tag (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.
Try part of a name, a phone number, an e-mail, a city or an INN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty.
Clients you delete come here and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet.
Add your first client, or load demo data to see how Clientele works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientMerger</name>
    <message>
        <source>Choose at least two clients to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was already merged into client %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 «%3» kept, client %4 «%5» had «%6»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 was already undone on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 was deleted since the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 was changed since the merge: %2 %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 is no longer merged into client %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 cannot be undone: the clients were changed since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Add relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone, e-mail, INN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a last or a first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance must be A, B or C, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot be its own group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot be related to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was merged into client %2; edit that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was merged into client %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our bank&apos;s BIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our bank&apos;s correspondent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our director&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our director&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>The image is %1 MB; images over 5 MB are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INN %1 is not valid: check its digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image Clientele can read (PNG, JPEG, GIF, BMP or SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySettingsPage</name>
    <message>
        <source>&amp;Requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal &amp;templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, or 12 for a sole trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none for a sole trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images for documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stamp and a signature look best as PNG with a transparent background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a field to insert it at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside {{#items}} … {{/items}}: one line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mustache HTML: {{field}} prints a value, HTML-escaped; {{#field}} … {{/field}} prints its inside only when the field has a value, {{^field}} … {{/field}} only when it has none. A field used outside such a test must be filled in, or the proposal is not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or is over 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Clientele can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the built-in template &quot;%1&quot;? Your changes to it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the commercial &amp;proposal (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the message, or choose a template; {{contact.first_name}} and the other placeholders of templates work here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the message is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal cannot be made until these are filled in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template would leave a hole in the message; empty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no e-mail address: add one on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no phone number: add one on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is held: it would have a hole where these are empty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. The server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: %1. The message waits in the outbox and is tried again later; Send tries it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the server refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPointEditor</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as typed; it cannot be dialled or matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to this contact person (or drop it on the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not want e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not want SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of mailings by this channel, and no single message goes either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mailing consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvPreviewPage</name>
    <message>
        <source>Check the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as Clientele reads them. If the letters look wrong or the columns do not split, choose another encoding or delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers on the left are the lines of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The whole file reads well: %Ln row(s) under the header.</source>
        <translation>
            <numerusform>The whole file reads well: %Ln row under the header.</numerusform>
            <numerusform>The whole file reads well: %Ln rows under the header.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported as it is read now:
%1
Try another encoding or delimiter, or fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported delimiter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted field longer than %1 MiB; is a quote not closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes invalid in the encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open the deals board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals won this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals won last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open today in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals in «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won this month: %1
%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won last month: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals, weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals: %1
%2
weighted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won last month: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by %2 (process %3 on %4). Close that program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Clientele (schema %2; this program knows up to %3). It was not changed; update Clientele to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2); open it for writing once (clientele-cli init) to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Clientele one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not changed: restore a backup, or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full or the file cannot grow any larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot grow: it has reached the largest file size this program may write (%1, set with ulimit -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the file size limit and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused the write (the file may have reached the largest size the drive allows, or the drive failed or was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get write permission on the file and its folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder cannot be reached (deleted, moved, or its drive removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file reachable again and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2. This change was not saved; everything saved before is intact. %3
(SQLite: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only for you, so the database %2 cannot be opened for work: Clientele writes its lock and journal files beside the database. Get write permission on the folder, or copy the database into a folder of yours and open the copy. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only for you (its permissions or its drive do not allow writing), so it cannot be opened for work. Get write permission on the file, or copy it into a folder of yours and open the copy. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock beside the database; check that its folder can be written and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>and %n more like these</source>
        <translation>
            <numerusform>and %n more like it</numerusform>
            <numerusform>and %n more like these</numerusform>
        </translation>
    </message>
    <message>
        <source>refers to a row of %1 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index does not match its text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client is missing from the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index has a row for no client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file %1 is not an SQLite database: it does not begin like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database %1 is cut short: the file ends inside its header, at %n byte(s).</source>
        <translation>
            <numerusform>The database %1 is cut short: the file ends inside its header, at %n byte.</numerusform>
            <numerusform>The database %1 is cut short: the file ends inside its header, at %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is cut short: it should be %2 bytes long but is %3; the end of it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is cut short: it ends in the middle of a page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Clientele cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is restored from %1.
The file it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can put a backup in its place: the file is then kept beside it, unchanged, with “.replaced-” and the date added to its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>Cannot move the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move without the required tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required tasks of «%1» are not done:
%2

Why does the deal move on without them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reopen the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete «%1» with its line items, stage history and tasks? This cannot be undone; a lost deal is better marked as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message>
        <source>Drop here: won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop here: lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a card here to close the deal as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a card here to close the deal as lost, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>new in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
    <message>
        <source>No next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>deal needs add, move, won, lost, reopen, item, list or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown deal command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal item needs add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal %1 needs a deal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal add needs --client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal add needs --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contact needs a contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be manual, process or simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no pipeline &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount needs an amount such as 1234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget needs an amount such as 1234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--probability needs a number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expected needs a date such as 2026-12-31 or 31.12.2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal move needs --stage NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no stage &quot;%1&quot; in the pipeline &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal lost needs --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no loss reason &quot;%1&quot;; the reasons are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal item add needs --product NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quantity needs a number above 0 such as 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--price needs an amount such as 1234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--price is needed for a product not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--discount needs a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vat needs a percentage from 0 to 100, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, line total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be open, won or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client needs a client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDetailsPage</name>
    <message>
        <source>Process: the stage&apos;s tasks move it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple: only its start and end are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: moved by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client came for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements, deadlines, who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s b&amp;udget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary &amp;interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the deal is recorded in its stage history at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the deal to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage&apos;s: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won on %1, final amount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1; in the stage since %2 (%n day(s))</source>
        <translation>
            <numerusform>Created %1; in the stage since %2 (%n day)</numerusform>
            <numerusform>Created %1; in the stage since %2 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealFilesPage</name>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files on the deal to attach them (up to 50 MB each); they are also among the client&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove «%1» from the deal&apos;s and the client&apos;s files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>Search deals: title or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals created in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every deal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the deal as won, with the final amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the deal as lost, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the closed deal again, in the stage it was closed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the deal card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the client&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal «%1» has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nteractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a commercial proposal of the deal&apos;s products, as PDF or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail to the deal&apos;s client, with the proposal attached if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send S&amp;MS…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealHistoryPage</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealInteractionsPage</name>
    <message>
        <source>Nothing recorded about this deal yet. Record a call or a meeting to remember what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealItemsPage</name>
    <message>
        <source>No products yet. Add the products the client is interested in: their total can become the deal&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the total as the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT is inside the price; leave VAT empty for goods without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount from the line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1, VAT included %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the deal&apos;s amount to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>There is no deal with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal needs a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability must be from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as RUB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line item needs a product name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;: the quantity must be above 0, the price not negative, the discount and VAT from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline; add one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage is not one of the pipeline &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; is closed; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required tasks of &quot;%1&quot; are not done (%2); give a reason to move the deal by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost deal needs a loss reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal moved to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealTasksPage</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet. Plan the next step, so the deal does not stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step, e.g. Call back about the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsSection</name>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a deal with a client (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals as cards in the stages&apos; columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same deals as a sortable table, won and lost ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the default pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals yet.
A deal follows one sale from the first call to the payment. Add your clients first (in Clients), then start a deal with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals yet.
A deal follows one sale from the first call to the payment: start one for a client, then drag its card across the stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s)</source>
        <translation>
            <numerusform>%1: %n deal</numerusform>
            <numerusform>%1: %n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDeals</name>
    <message>
        <source>Paper A4, 500 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laser printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toner cartridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop 15&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor 27&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops for sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anna Smirnova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ivan Petrov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Olga Kuznetsova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to confirm the needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting at the client&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEvents</name>
    <message>
        <source>Sales team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expo centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract talks with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the client&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTasks</name>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back about the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the proposal for the tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congratulate on the company&apos;s anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting about the delivery terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the signed contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the commercial proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last page is not signed; please collect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the requisites to the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank details are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on the delivery date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Deals are not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is restored from %1.
The database it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 has been deleted or moved away, or its folder or drive is gone.

Everything saved so far is still open in Clientele, but it is lost when Clientele closes unless you save a copy. Clientele then goes on working with the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is saved as %1; Clientele now works with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele opens %1 when it starts: to go on with the copy next time, move it there, or start Clientele with --db %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A — key client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B — regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C — occasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, Dealers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mailing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not want e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not want SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of mailings by this channel, and no single message goes either</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} would be put into the HTML unescaped: write {{%1}} with two braces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge into the kept client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients that share a phone, an e-mail, an INN or a company name. Check the ones that are the same, choose which one to keep and merge: contacts, interactions and files move to the kept client, which keeps its own values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Find duplicates: %n group(s)</source>
        <translation>
            <numerusform>Find duplicates: %n group</numerusform>
            <numerusform>Find duplicates: %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one client besides the kept one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n client(s) into «%1».</source>
        <translation>
            <numerusform>Merged %n client into «%1».</numerusform>
            <numerusform>Merged %n clients into «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept its own values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the merge into «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EfficiencyPage</name>
    <message>
        <source>Deal efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals and win rate by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals closed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed deals from «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed deals of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no contact persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client to invite its contact persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An all-day event needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 of an all-day event must be after its start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end %1 of an event must not be before its start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event to update has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event with the UID &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendee %1 is not a contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 does not repeat; change the event itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 has no occurrence at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (Excel, LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (phones, Google, Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows-1251 (Excel on Russian Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients in the list as filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected clients (%n)</source>
        <translation>
            <numerusform>Selected client (%n)</numerusform>
            <numerusform>Selected clients (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) have no place in %1 and were written as &quot;?&quot;.</source>
        <translation>
            <numerusform>%n character has no place in %1 and was written as &quot;?&quot;.</numerusform>
            <numerusform>%n characters have no place in %1 and were written as &quot;?&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>the file has a header row and no rows under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them (up to 50 MB each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove «%1» from the client&apos;s files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Contacts to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Clientele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions before the first start; every answer can be changed later in Settings. First, the language of the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the header of commercial proposals. Leave it empty if you like: the bank details and the logo are in Settings › Our company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks you give and the deals you lead are in this name; colleagues can be added later in Settings › People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base is empty. Begin with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;An empty base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo data to look around: 300 clients with deals, tasks and a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts from a file: CSV from Excel, Outlook or Google, or vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who works at this computer: new tasks are given in this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChartView</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <source>&amp;Open deals now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals &amp;created in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot: the open deals in each stage today; won and lost: the deals closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow: the deals created in the period and how far each got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: the open deals now. Won and lost: closed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row: the period&apos;s new deals that got this far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel: won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel: lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel: open deals in «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel: new deals that reached «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>There is no such pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Clientele starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tasks are given in this name, and My tasks shows theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports › Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers typed without a country code (8 912 …) belong to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this database, for everyone who opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a code are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency of new deals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who works at this computer: new tasks are given in this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corr. account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not an iCalendar property (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: an iCalendar file begins with BEGIN:VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not close %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no iCalendar data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file ends inside %2 (no END:%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not iCalendar data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DTSTART.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a start or end time that cannot be read (an unknown TZID?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the UID appears twice without a RECURRENCE-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes an occurrence of an event the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 (UID %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB; calendars over %3 MiB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: binary data, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: more than %2 lines; split the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>client %1 «%2» was merged into client %3 since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 «%2» was changed since the import (%3, first on %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 «%2» has interactions recorded since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %1 cannot be undone: %n of its clients were changed since.</source>
        <translation>
            <numerusform>Import %1 cannot be undone: %n of its clients was changed since.</numerusform>
            <numerusform>Import %1 cannot be undone: %n of its clients were changed since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts exported from Excel, 1C, Outlook or Google as CSV, or an address book from a phone as vCard. Nothing is written before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a .csv or .vcf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: a table from Excel, 1C, Outlook or Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard: an address book from a phone, Outlook or Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: any of UTF-8, UTF-16, windows-1251 or KOI8-R, separated by commas, semicolons, tabs or bars; the first row names the columns. vCard: versions 2.1, 3.0 and 4.0, many cards in one file. You can also drop a .csv or .vcf file on the client list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.csv *.vcf *.txt *.vcard);;CSV files (*.csv *.txt);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing an import deletes the clients it created and puts the clients it merged into back as they were. It is refused when any of them was edited since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1 from %2? %n client(s) it created will be deleted and %3 merged client(s) put back as they were.</source>
        <translation>
            <numerusform>Undo the import of %1 from %2? %n client it created will be deleted and %3 merged client(s) put back as they were.</numerusform>
            <numerusform>Undo the import of %1 from %2? %n clients it created will be deleted and %3 merged client(s) put back as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run reads the whole file and counts what the import would do, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a client is already in the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill its empty fields and add new phones, e-mails, contacts and tags. Values already in the base are kept; differences are listed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the client in the base as it is and list the row as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new client for every row, even one that is already in the base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client the import adds or changes gets this tag, so the whole batch can be found and undone later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would merge into the base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there, unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would skip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file and comparing it with the base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written. %Ln value(s) of the file differ from the base and would not be written over it.</source>
        <translation>
            <numerusform>Nothing was written. %Ln value of the file differs from the base and would not be written over it.</numerusform>
            <numerusform>Nothing was written. %Ln values of the file differ from the base and would not be written over it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run stopped. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed; the import would fail the same way:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients are written in one go: until the end nothing is visible, and a cancelled import leaves the base as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1 of %2 read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the base is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to the base.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping was not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was taken: none was skipped, and nothing in the base differs from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into clients in the base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the base, unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, tag “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag finds every client this import added or changed; File → Import history can undo the whole import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values kept in the base where the file differs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values kept in the base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 import report.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionPage</name>
    <message>
        <source>By &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with no call, meeting, message or note for this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No contact for, days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clients with no contact for %n day(s): %1 (the %2 longest quiet shown)</source>
        <translation>
            <numerusform>Clients with no contact for %n day: %1 (the %2 longest quiet shown)</numerusform>
            <numerusform>Clients with no contact for %n days: %1 (the %2 longest quiet shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients with no contact for %n day(s): %1</source>
        <translation>
            <numerusform>Clients with no contact for %n day: %1</numerusform>
            <numerusform>Clients with no contact for %n days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>An interaction needs a client and a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionsPage</name>
    <message>
        <source>Record interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalEntitiesPage</name>
    <message>
        <source>Add legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OGRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI&amp;K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corr. account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new legal entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
INN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ control digits match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This INN fails its control digits: check it against the client&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoseDealDialog</name>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was «%1» lost? The reasons show in the loss report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>Loss reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals by month, coloured by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReasonRepository</name>
    <message>
        <source>A loss reason needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a loss reason &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReasonsPage</name>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reason, e.g. &quot;Delivery too slow&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost deal needs one of these reasons; the loss report groups by them. Double-click a reason to rename it. A reason in use is archived rather than deleted, so old deals keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: not offered for new lost deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReport</name>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMS gateway is set up: settings set sms.provider smsru, or sms.url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail server is set up: settings set smtp.host HOST and smtp.from ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings needs get, set or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings get needs a KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings set needs a KEY and a VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template needs add or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template add needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template add needs --body-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail needs send, outbox, run, retry, resolve or campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 send needs --client ID, --contact ID or --to ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 template &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail send needs --template NAME, or --subject and --body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message cannot be filled in; empty:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is queued, but %2; then mail run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet (%1); message %2 will be tried again from %3 (mail run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when the program stopped: their fate is unknown; mail resolve ID --sent or --again decides.</source>
        <translation>
            <numerusform>%n message was being sent when the program stopped: its fate is unknown; mail resolve ID --sent or --again decides.</numerusform>
            <numerusform>%n messages were being sent when the program stopped: their fate is unknown; mail resolve ID --sent or --again decides.</numerusform>
        </translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, failed %2, to try again %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail resolve needs an ID and --sent or --again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms needs send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment needs add, show or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment add needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment show needs a NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 recipients by %3; left out: %4 opted out, %5 without an address, %6 duplicate addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail campaign needs create, list, run ID or show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no mailing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail campaign create needs --name, --template and --segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel is email or sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate is a number of messages a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cost: &quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): sent %4, queued %5, failed %6, unknown %7; left out %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing %1 is scheduled for %2: nothing is due yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Sent. The server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password and the API key are kept in the system keychain, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available&lt;/b&gt; (%1). The password and the API key are kept for this session only and must be typed again after a restart; they are never written to the database or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a server on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailto:unsubscribe@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a message to the sender&apos;s own address with what is typed here, saved or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any HTTP gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status=OK; empty: an HTTP status 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success &amp;field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test S&amp;MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail and SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server and the sender&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele: a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent from Clientele&apos;s mail settings to check the server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the gateway&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele: a test SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailingsSection</name>
    <message>
        <source>Mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mailing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No mailings yet&lt;/h3&gt;&lt;p&gt;A mailing sends a template to a segment of the client base or to the clients selected in the list, at a pace, and keeps every message in the clients&apos; history. Those who do not want e-mail or SMS are left out.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail and SMS settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent: check whether it arrived, then decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 failed of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rest waits for a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send the mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages not sent yet stay in the outbox and go only if you resume the mailing with Send / resume. Cancel it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clientele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the client to the archive (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card of «%1» has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» moved to the archive; restore it from the Archive section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is back among the clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete «%1» with its contacts, legal entities, interactions and files for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save clients as CSV, vCard or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients from a CSV or vCard file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Exported %n client to %1.</numerusform>
            <numerusform>Exported %n clients to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales: pipelines, loss reasons, products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal created; it is on the board in Deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mail and SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailing to selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailing to the clients selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) today</source>
        <translation>
            <numerusform>%n event today</numerusform>
            <numerusform>%n events today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailing(s) scheduled, sending or paused</source>
        <translation>
            <numerusform>%n mailing scheduled, sending or paused</numerusform>
            <numerusform>%n mailings scheduled, sending or paused</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailing to selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select clients in the list first (Ctrl+click, Shift+click or Ctrl+A), then choose Mailing to selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;company and documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and &amp;reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail and SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name (patronymic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map from the header names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns are mapped as you mapped a file with the same header last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map at least one column to a name, an e-mail or a phone: without one, no row can become a client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageRenderer</name>
    <message>
        <source>the client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to address the person (first name and patronymic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal&apos;s stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal&apos;s expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}: no such placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s %1 has an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s %1 puts {{%2}} into HTML unescaped: write {{%2}} with two braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain-text part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: email or sms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail template needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain-text part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s %1 has an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ready template: it can be changed, not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency sign</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Type an amount, such as 1 250 000 or 1250000,50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is sold, e.g. Laptops for the new office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>potential amount, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from stage to stage by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage gives tasks; done, they move the deal on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the start and the end are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMailingDialog</name>
    <message>
        <source>A se&amp;gment or a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies and persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client and its contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep the filter as a segment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. December offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. city=Екатеринбург; importance=A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter as text, as clientele-cli segment add --filter reads it: terms joined by &quot;;&quot; (region, city, importance, kind, tag, source, stage, open_deal, no_contact_days&gt;=N, birthday=this_month, recipients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deal in s&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n client(s) selected in the list</source>
        <translation>
            <numerusform>The client selected in the list</numerusform>
            <numerusform>The %n clients selected in the list</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address as another</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n recipient(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n recipient&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n recipients&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailing needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is left to send to: change the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of sending has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected client(s)</source>
        <translation>
            <numerusform>%n selected client</numerusform>
            <numerusform>%n selected clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Message %1 is not queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is not waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>No %1 transport is set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Anna Smirnova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleagues who give and take tasks and answer for deals. Double-click a name to rename it; tasks and deals follow. Archive someone who left: their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>person needs add or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person add needs a NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a person named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability of &quot;%1&quot; must be from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a pipeline named &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; has deals; move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has deals; move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step needs a title and a due offset of 0 days or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinesPage</name>
    <message>
        <source>&amp;Save stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove st&amp;ep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ro&amp;ute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages, in order; won and lost close every pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route for process deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last pipeline cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pipeline &quot;%1&quot; with its stages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stage to see the tasks a process deal gets when it enters it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the stages first to give the new one a route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks a process deal gets when it enters &quot;%1&quot;; it moves on by itself when the required ones are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>A product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must not be negative and VAT must be from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price with VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What deals offer: a line item takes the product&apos;s name, SKU, unit, price and VAT, and can change them. Leave VAT empty for goods sold without VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; type it like 1 234,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT is a percentage from 0 to 100, or empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalArchive</name>
    <message>
        <source>Commercial proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal No. %1 of %2 for %3, valid until %4; file %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalBuilder</name>
    <message>
        <source>our company&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the director&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our company&apos;s stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s legal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s BIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s correspondent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact person&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether any line has VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether any line has a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}: no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>&amp;Company and documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal cannot be made until these are filled in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save proposal as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is saved as %1 and attached to the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDocument</name>
    <message>
        <source>Cannot lay out the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientFinder</name>
    <message>
        <source>%1 opted out of e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mobile phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderChoices</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>A reminder at an exact time needs a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task %1 has no due time to remind before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 has no occurrence to remind of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozing needs a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reminder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A reminder goes off before the start, not %n minute(s) after it.</source>
        <translation>
            <numerusform>A reminder goes off before the start, not %n minute after it.</numerusform>
            <numerusform>A reminder goes off before the start, not %n minutes after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSpec</name>
    <message>
        <source>The reminder &quot;%1&quot; is neither an offset before the start (-15m, -1h, -1d) nor a date and time (2026-12-01T09:00).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind again in how many minutes, or at what time today or tomorrow (HH:mm)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number of minutes nor a time (HH:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot snooze the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatRule</name>
    <message>
        <source>The repeat rule &quot;%1&quot; uses %2, which is not supported: only daily, weekly on chosen days, monthly and yearly rules with an interval, a count or an end date are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; starts its weeks on %2; only Monday (MO) is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; is not understood: it needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY and valid values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; repeats more often than daily, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; has an interval below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; chooses days of the week for a rule that is not weekly, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; names a numbered weekday (such as 2MO), which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule &quot;%1&quot; has both COUNT and UNTIL; RFC 5545 allows only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Every year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, once</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatRuleEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>report needs one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; there are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs table, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode needs snapshot or flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date (2026-11-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no pipeline &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by needs week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-contact-days needs a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>importance set to the ABC class for %n client(s)</source>
        <translation>
            <numerusform>importance set to the ABC class for %n client</numerusform>
            <numerusform>importance set to the ABC class for %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>The page size is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every deal of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A share in percent; %1 is the number with one decimal</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Double-click to see these deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report&apos;s table as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report with its chart as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is replaced by the backup chosen; the current file is kept beside it and the window opens the backup.
Backups in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups here yet: File → Back up now makes one, or choose Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Clientele one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Clientele (schema %2; this program knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy; try again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSettingsDialog</name>
    <message>
        <source>Sales settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipelines and stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (%1): the secret is kept for this session only and asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentFilter</name>
    <message>
        <source>&quot;%1&quot;: a term is KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only no_contact_days takes &gt;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: importance is A, B or C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: kind is company or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no_contact_days is a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: birthday takes this_month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: recipients is all, clients or contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: clients is a list of client ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown key &quot;%2&quot;; the keys are region, city, importance, kind, tag, source, stage, open_deal, no_contact_days, birthday, clients, recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields; Alt with the underlined letter opens a menu or presses a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideSearchIndex</name>
    <message>
        <source>The search index has tables the import cannot copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>The SMS gateway&apos;s address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a certificate from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>The mail library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password would go unencrypted over the network; choose STARTTLS or TLS (no encryption is for a server on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>No deals here.
Drag a card to this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deals enter it with probability %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum weighted by each deal&apos;s probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message>
        <source>probability %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>task needs add, list, show, start, done, accept, return, cancel or reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 needs a task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task return needs --comment C: say why it goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all-day needs --due DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due needs a date such as 2026-12-31 or a time such as 2026-12-31T10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task add needs --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority must be low, normal or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no deal with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no client with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no contact person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived and takes no new tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person &quot;%1&quot;; the people are: %2 (add one with person add NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remind %1 needs --due: it is counted back from the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be mine, assigned or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no task with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author checks the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task in the list, or create one with New task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do, e.g. Call about the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · given by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task «%1» has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; is not one of low, normal, high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date such as 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due time &quot;%1&quot; is not a time such as 2026-12-31T10:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is %2; only an open or returned task can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who does the task &quot;%2&quot;, can start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is waiting for %2&apos;s check; the author accepts or returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who does the task &quot;%2&quot;, or its author %3 can mark it done; you are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is not waiting for a check (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who gave the task &quot;%2&quot;, can accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who gave the task &quot;%2&quot;, can return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the task &quot;%1&quot; goes back: a comment is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who gave the task &quot;%2&quot;, can cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is not done nor cancelled (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 or %2 can reopen the task &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the task back to its executor with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open d&amp;eal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client / deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the tasks given to you, and the steps of your process deals, come here, overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not given anyone a task. Give one with New task and choose the executor; it stays here until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check. Tasks you gave with a check come here when their executor marks them done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done again? %1 sees this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task did not change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the ready one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: made from the HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New S&amp;MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Template: %n character(s), </source>
        <translation>
            <numerusform>Template: %n character, </numerusform>
            <numerusform>Template: %n characters, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) </source>
        <translation>
            <numerusform>%n part </numerusform>
            <numerusform>%n parts </numerusform>
        </translation>
    </message>
    <message>
        <source>(Cyrillic: %1 a part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Latin: %1 a part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client to see the message as it would go to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message would be held, not sent, because these fields are empty for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;To:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2&lt;/p&gt;&lt;hr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the ready template &quot;%1&quot;? Your changes to it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; files over %2 MiB are not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportSettings</name>
    <message>
        <source>No SMS gateway is set up: Settings → Mail and SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up: Settings → Mail and SMS…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message: %n character(s), </source>
        <translation>
            <numerusform>This message: %n character, </numerusform>
            <numerusform>This message: %n characters, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) </source>
        <translation>
            <numerusform>%n part </numerusform>
            <numerusform>%n parts </numerusform>
        </translation>
    </message>
    <message>
        <source>(Cyrillic: %1 a part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Latin: %1 a part)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsedLibraries</name>
    <message>
        <source>Windows, charts, printing, networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending e-mail and SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files and repeating events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and formatting phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessing the encoding of imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates of mailings and proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardPreviewPage</name>
    <message>
        <source>Check the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first cards of the file as Clientele reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers on the left are the lines where the cards begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The whole file reads well: %Ln card(s).</source>
        <translation>
            <numerusform>The whole file reads well: %Ln card.</numerusform>
            <numerusform>The whole file reads well: %Ln cards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes invalid in the encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a vCard file: BEGIN:VCARD expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card with more than %1 properties, parameters and values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event «%1» is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinDealDialog</name>
    <message>
        <source>Deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is closed as won on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final amount, %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the deal with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the section NAME: clients, deals, tasks, assigned, check, calendar, mailings, reports, archive, or the report funnel, losses, interactions, efficiency, channels or abc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File → Restore from backup at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv or .vcf file to open in the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the first-start questions again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
