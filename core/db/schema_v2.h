#pragma once

#include <QStringList>

// Import batches that can be undone, client merges that can be undone, and
// tags in the change history.
QStringList schemaV2Statements();
