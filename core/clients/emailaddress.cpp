#include "emailaddress.h"

#include <QRegularExpression>

QString EmailAddress::normalize(const QString &typed)
{
    return typed.trimmed().toLower();
}

bool EmailAddress::isValid(const QString &typed)
{
    // Pragmatic check: one @, a dotted domain, no spaces; RFC 5322 allows more
    // than any mail server a client will give us.
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\x{80}-\x{FFFF}-]+@[A-Za-z0-9\x{80}-\x{FFFF}-]+(\.[A-Za-z0-9\x{80}-\x{FFFF}-]+)+$)"));
    const QString s = typed.trimmed();
    return re.match(s).hasMatch() && !s.contains(QStringLiteral("..")) &&
           !s.startsWith(QLatin1Char('.'));
}
