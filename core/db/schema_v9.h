#pragma once

#include <QStringList>

// The client's open-deal amount kept by its own deals: the triggers of schema
// 4 summed a client's open deals through whatever index SQLite chose, and
// with no statistics it chose the closed deals' report index on the status,
// reading every open deal of the base on each deal written (a million-deal
// base took seconds a deal). `+status` leaves only the client's index.
QStringList schemaV9Statements();
