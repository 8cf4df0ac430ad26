#pragma once

#include <QByteArray>
#include <QString>

// The logo, signature or stamp of our company, as stored in company_images.
struct CompanyImage
{
    enum class Kind
    {
        Logo,
        Signature,
        Stamp
    };

    Kind kind = Kind::Logo;
    QString mime;
    QByteArray data;

    bool isNull() const { return data.isEmpty(); }
    static QString kindToString(Kind kind);
    static bool kindFromString(const QString &text, Kind *kind);
    static constexpr Kind kinds[] = {Kind::Logo, Kind::Signature, Kind::Stamp};
};
