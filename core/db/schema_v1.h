#pragma once

#include <QStringList>

// The first schema: the client base, interactions, files, audit and search.
QStringList schemaV1Statements();
