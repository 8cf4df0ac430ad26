#pragma once

#include <QStringList>

// A phone or e-mail belongs to a client or to a contact person, never both,
// so half of each owner index held NULL keys that no query reads. Inserting
// a NULL key lands in the middle of the index (after the other NULLs, before
// every number), which splits pages there at every new row of an import;
// partial indexes take only the rows with an owner and grow at their end.
// The same for the few clients that have a group (parent).
QStringList schemaV11Statements();
