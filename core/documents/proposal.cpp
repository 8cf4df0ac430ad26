#include "proposal.h"

#include <QRegularExpression>

QString Proposal::suggestedFileName() const
{
    const QString prefix =
        language == QLatin1String("ru") ? QStringLiteral("КП") : QStringLiteral("Proposal");
    QString name = prefix + QLatin1Char('-') + number + QLatin1Char(' ') + clientName;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.simplified().left(120) + QStringLiteral(".pdf");
}

QString Proposal::imageUrl(CompanyImage::Kind kind)
{
    return QStringLiteral("company:") + CompanyImage::kindToString(kind);
}
