#pragma once

#include <QStringList>

// The index of the lookup an import into a big base makes for every company
// row, for bases that were made without it.
QStringList schemaV3Statements();
