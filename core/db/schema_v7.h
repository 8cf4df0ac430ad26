#pragma once

#include <QStringList>

// Reports: who logged each interaction (the interactions report per
// responsible) and the indexes that let the reports read ranges of time
// without touching the tables.
QStringList schemaV7Statements();
