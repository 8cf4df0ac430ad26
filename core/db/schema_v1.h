#pragma once

#include <QStringList>

// The first schema: the client base, interactions, files, audit and search.
QStringList schemaV1Statements();

// The history triggers of `table` for `fields` (the first one is what an
// addition or deletion shows), shared by later schemas that add fields.
QStringList auditTriggers(const QString &table, const QStringList &fields);
QStringList clientAuditFieldsV1();
