#include "companyimage.h"

QString CompanyImage::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Signature:
        return QStringLiteral("signature");
    case Kind::Stamp:
        return QStringLiteral("stamp");
    case Kind::Logo:
        break;
    }
    return QStringLiteral("logo");
}

bool CompanyImage::kindFromString(const QString &text, Kind *kind)
{
    for (Kind k : kinds)
        if (kindToString(k) == text) {
            *kind = k;
            return true;
        }
    return false;
}
