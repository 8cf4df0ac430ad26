#include "phonenormalizer.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormalizer::PhoneNormalizer(QString defaultRegion) : m_region(std::move(defaultRegion))
{
}

QString PhoneNormalizer::toE164(const QString &typed) const
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), m_region.toStdString(), &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number))
        return {};
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString PhoneNormalizer::format(const QString &e164OrTyped) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164OrTyped.toStdString(), m_region.toStdString(), &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number))
        return e164OrTyped;
    std::string out;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QStringList PhoneNormalizer::supportedRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList out;
    for (const std::string &r : regions)
        out << QString::fromStdString(r);
    return out;
}

QStringList PhoneNormalizer::searchTokens(const QString &e164)
{
    QString digits;
    for (QChar c : e164)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return {};
    QStringList tokens{digits};
    // Russian and Kazakh numbers: +7 and ten digits; elsewhere the last ten.
    if (digits.size() > 10)
        tokens << digits.right(10);
    if (digits.size() > 7)
        tokens << digits.right(7);
    return tokens;
}
