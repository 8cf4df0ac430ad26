#include "nationalnumbercheck.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QStringList>
#include <algorithm>
#include <list>
#include <string>

namespace i18n::phonenumbers {
// libphonenumber's compiled-in metadata; its metadata.h is not installed.
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
QString group(const std::string &pattern)
{
    return QStringLiteral("(?:") + QString::fromStdString(pattern) + QLatin1Char(')');
}

// What GetNumberTypeHelper asks, for numbers of `length` digits: the general
// description and then any one type's description match the whole number.
// A description holds when it allows the length and its pattern matches.
QString validPattern(const PhoneMetadata &metadata, int length)
{
    auto holds = [length](const PhoneNumberDesc &d) {
        const auto &lengths = d.possible_length();
        return !d.national_number_pattern().empty() &&
               (lengths.empty() ||
                std::find(lengths.begin(), lengths.end(), length) != lengths.end());
    };
    const QString never = QStringLiteral("(?!)");
    if (!holds(metadata.general_desc()))
        return never;
    QStringList types;
    for (const PhoneNumberDesc *d :
         {&metadata.premium_rate(), &metadata.toll_free(), &metadata.shared_cost(),
          &metadata.voip(), &metadata.personal_number(), &metadata.pager(), &metadata.uan(),
          &metadata.voicemail(), &metadata.fixed_line()})
        if (holds(*d))
            types << group(d->national_number_pattern());
    if (!metadata.same_mobile_and_fixed_line_pattern() && holds(metadata.mobile()))
        types << group(metadata.mobile().national_number_pattern());
    if (types.isEmpty())
        return never;
    return QStringLiteral("\\A(?=") + group(metadata.general_desc().national_number_pattern()) +
           QStringLiteral("\\z)(?:") + types.join(QLatin1Char('|')) + QStringLiteral(")\\z");
}
} // namespace

NationalNumberCheck::NationalNumberCheck(int countryCode, int length) : m_length(length)
{
    std::list<std::string> codes; // the main country first
    PhoneNumberUtil::GetInstance()->GetRegionCodesForCountryCallingCode(countryCode, &codes);
    m_ready = load(codes) && agreesWithLibrary(countryCode, codes);
}

bool NationalNumberCheck::load(const std::list<std::string> &codes)
{
    PhoneMetadataCollection all;
    if (codes.empty() || !all.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                             i18n::phonenumbers::metadata_size()))
        return false;
    for (const std::string &code : codes) {
        const auto found = std::find_if(all.metadata().begin(), all.metadata().end(),
                                        [&code](const PhoneMetadata &m) { return m.id() == code; });
        if (found == all.metadata().end())
            return false;
        Region region;
        // GetRegionCodeForNumber: one region is the answer; of several, one
        // with leading digits is chosen by them alone, another by validity.
        if (codes.size() > 1 && found->has_leading_digits())
            region.leadingDigits =
                QRegularExpression(QStringLiteral("\\A") + group(found->leading_digits()));
        region.valid = QRegularExpression(validPattern(*found, m_length));
        if (!region.valid.isValid() || (region.leadingDigits && !region.leadingDigits->isValid()))
            return false;
        region.valid.optimize();
        if (region.leadingDigits)
            region.leadingDigits->optimize();
        m_regions << std::move(region);
    }
    return true;
}

bool NationalNumberCheck::agreesWithLibrary(int countryCode,
                                            const std::list<std::string> &codes) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    QList<quint64> sample;
    // Every two leading digits, and an example of every type of every region.
    quint64 unit = 1;
    for (int i = 2; i < m_length; ++i)
        unit *= 10;
    for (quint64 lead = 10; lead < 100; ++lead)
        sample << lead * unit << lead * unit + unit / 3 << lead * unit + unit - 1;
    for (const std::string &code : codes)
        for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
            PhoneNumber example;
            if (util->GetExampleNumberForType(code, PhoneNumberUtil::PhoneNumberType(type),
                                              &example))
                sample << example.national_number();
        }
    PhoneNumber number;
    number.set_country_code(countryCode);
    for (const quint64 national : std::as_const(sample)) {
        const QString digits = QString::number(national);
        if (digits.size() != m_length)
            continue;
        number.set_national_number(national);
        if (isValid(digits) != util->IsValidNumber(number))
            return false;
    }
    return true;
}

bool NationalNumberCheck::isValid(QStringView digits) const
{
    if (digits.size() != m_length)
        return false;
    for (const Region &region : m_regions) {
        if (region.leadingDigits) {
            if (region.leadingDigits->match(digits).hasMatch())
                return region.valid.match(digits).hasMatch();
        } else if (region.valid.match(digits).hasMatch()) {
            return true;
        }
    }
    return false;
}
