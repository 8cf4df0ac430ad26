#pragma once

#include <QStringList>

// Reports instant on a large base: totals of the open deals per stage, and
// per day of the deals created and closed, the stays ended and the
// interactions, kept by triggers so that a report adds up a few thousand
// rows, not millions.
QStringList schemaV8Statements();
