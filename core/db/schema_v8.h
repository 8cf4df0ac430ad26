#pragma once

#include <QStringList>

// The funnel, instant on a large base: totals of the open deals per stage,
// of the deals created, closed and of the stays ended per day, kept by
// triggers so that the funnel adds up a few hundred rows, not a million.
QStringList schemaV8Statements();
