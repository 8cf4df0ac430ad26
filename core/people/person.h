#pragma once

#include <QString>

// A colleague who gives or takes tasks: the salesperson, the owner, an
// assistant. Tasks and deals name people by `name`.
struct Person
{
    qint64 id = 0;
    QString name;
    QString position;
    QString email;
    bool archived = false;
    QString createdAt;
};
