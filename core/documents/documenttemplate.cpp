#include "documenttemplate.h"

#include <QRegularExpression>

QString DocumentTemplate::language() const
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*\\{\\{!\\s*language:\\s*([a-z]{2})\\s*\\}\\}"));
    const QRegularExpressionMatch m = marker.match(body);
    return m.hasMatch() ? m.captured(1) : QStringLiteral("ru");
}
