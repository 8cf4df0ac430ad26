#include "deal.h"

qint64 Deal::itemsTotal() const
{
    qint64 sum = 0;
    for (const DealItem &i : items)
        sum += i.total();
    return sum;
}

QString Deal::statusToString(Status status)
{
    switch (status) {
    case Status::Won:
        return QStringLiteral("won");
    case Status::Lost:
        return QStringLiteral("lost");
    case Status::Open:
        break;
    }
    return QStringLiteral("open");
}

bool Deal::statusFromString(const QString &text, Status *status)
{
    for (Status s : {Status::Open, Status::Won, Status::Lost})
        if (statusToString(s) == text) {
            *status = s;
            return true;
        }
    return false;
}

QString Deal::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Process:
        return QStringLiteral("process");
    case Kind::Simple:
        return QStringLiteral("simple");
    case Kind::Manual:
        break;
    }
    return QStringLiteral("manual");
}

bool Deal::kindFromString(const QString &text, Kind *kind)
{
    for (Kind k : {Kind::Manual, Kind::Process, Kind::Simple})
        if (kindToString(k) == text) {
            *kind = k;
            return true;
        }
    return false;
}
