#include "phonenormalizer.h"

#include "nationalnumbercheck.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
// The national number of the commonest Russian spellings ("+7 912 345-67-89",
// "8 (912) 345-67-89", "89123456789"): libphonenumber's parser takes 25 µs a
// number, a million-row import has a million of them. 0 for anything else,
// which the parser decides.
quint64 quickRussianNumber(const QString &trimmed, bool russianRegion)
{
    char digits[12];
    int count = 0;
    bool plus = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char16_t c = trimmed.at(i).unicode();
        if (c >= u'0' && c <= u'9') {
            if (count == 11)
                return 0;
            digits[count++] = char(c);
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (c != u' ' && c != u'-' && c != u'(' && c != u')') {
            return 0;
        }
    }
    // +7 and ten digits anywhere; the trunk prefix 8 where Russia is the region.
    if (count != 11 || digits[0] != (plus ? '7' : '8') || (!plus && !russianRegion) ||
        digits[1] == '0')
        return 0;
    quint64 national = 0;
    for (int i = 1; i < 11; ++i)
        national = national * 10 + quint64(digits[i] - '0');
    return national;
}
} // namespace

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
    if (const quint64 national = quickRussianNumber(trimmed, m_region == QLatin1String("RU"))) {
        const QString digits = QString::number(national);
        // One a thread: its compiled patterns are not shared between threads.
        static thread_local const NationalNumberCheck check(7, 10);
        number.set_country_code(7);
        number.set_national_number(national);
        // An invalid one goes to the parser, which may read it otherwise.
        if (check.isReady() ? check.isValid(digits) : util->IsValidNumber(number))
            return QLatin1String("+7") + digits;
        number.Clear();
    }
    if (!parse(trimmed, &number))
        return {};
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

bool PhoneNormalizer::parse(const QString &text, i18n::phonenumbers::PhoneNumber *number) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    if (util->Parse(text.toStdString(), m_region.toStdString(), number) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(*number))
        return false;
    // E.164 has at most 15 digits; libphonenumber lets some longer German
    // numbers pass (found by tests/fuzz/phone_fuzz).
    std::string out;
    util->Format(*number, PhoneNumberUtil::E164, &out);
    if (out.size() > 1 + MaxE164Digits)
        return false;
    // The E.164 form must read back as itself: "88 10 123-45-67" in Belarus
    // keeps the 8 that "+375 8101234567" loses as a trunk prefix (found by
    // tests/fuzz/phone_fuzz). A number stored must mean one thing.
    PhoneNumber again;
    std::string back;
    if (util->Parse(out, m_region.toStdString(), &again) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(again))
        return false;
    util->Format(again, PhoneNumberUtil::E164, &back);
    return back == out;
}

QString PhoneNormalizer::format(const QString &e164OrTyped) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!parse(e164OrTyped, &number))
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
