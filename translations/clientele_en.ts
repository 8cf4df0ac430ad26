<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>export needs what to export: clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
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
        <source>usage: clientele-cli [--db FILE] COMMAND [ARGS]

commands:
  init                               create or upgrade the database
  demo [--clients N] [--seed S]      fill the database with demo data
  search TEXT [--limit N] [--format json]
  client show ID [--format json]
  client add --kind company|person --name N [--first-name F] [--middle-name M]
             [--last-name L] [--phone P]... [--email E]... [--city C] [--region R]
             [--importance A|B|C] [--source S] [--tag T]... [--inn INN]
  client archive ID | client restore ID
  export clients --format csv|json [-o FILE]
  import csv FILE [--encoding auto|NAME] [--delimiter auto|CHAR] [--map FILE]
             [--on-duplicate skip|merge|create] [--tag TAG] [--dry-run] [--format json]
  import vcard FILE [--on-duplicate ...] [--tag TAG] [--dry-run] [--format json]

The database is --db, else $CLIENTELE_DB, else the one the desktop app uses.
Exit codes: 0 done, 1 bad input or refused, 2 usage, 3 database unavailable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs what and a file: import csv|vcard FILE</source>
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
        <source>position</source>
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
        <source>not set</source>
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
        <source>The file %1 is not a Clientele database or is damaged: %2</source>
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
        <source>No e-mail mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS mailings</source>
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
        <source>Save file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the file</source>
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
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
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
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
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
        <source>About Clientele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele %1
A desktop CRM for one salesperson&apos;s workstation.
License: GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Clientele starts.</source>
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
    <message>
        <source>&amp;Phone region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers typed without a country code (8 912 …) belong to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbers are read as %1 the next time Clientele starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
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
        <source>Clientele cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
