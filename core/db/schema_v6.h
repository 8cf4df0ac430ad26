#pragma once

#include <QStringList>

// Mailings: e-mail and SMS templates, segments of the base, campaigns and
// the outbox (one row per recipient), and contact persons' opt-outs.
QStringList schemaV6Statements();
