#pragma once

#include <QString>
#include <QVariant>

// One recorded change: a field of a row that changed, or a row added or deleted.
struct AuditEntry
{
    qint64 id = 0;
    QString table;
    qint64 rowId = 0;
    QString action; // insert, update, delete
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString changedAt;
};
