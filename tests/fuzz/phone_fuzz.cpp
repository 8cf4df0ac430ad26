// libFuzzer target: the bytes as a phone number someone typed or a file
// brought, "US:" in front picking another default region than RU. Besides the
// sanitizers, it aborts when PhoneNormalizer's answer is not E.164 or empty,
// differs from libphonenumber's own parser (the quick Russian path must agree
// with it), is not its own normalisation, does not survive format(), or when
// its search tokens are not trailing digits of it.

#include "clients/phonenormalizer.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

void check(bool ok, const char *what, const QString &typed, const QString &region,
           const QString &got)
{
    if (!ok) {
        std::fprintf(stderr, "phone_fuzz: %s\n  typed \"%s\" in %s, got \"%s\"\n", what,
                     qPrintable(typed), qPrintable(region), qPrintable(got));
        std::abort();
    }
}

// libphonenumber's E.164 for the text, or empty when it finds no valid number.
std::string e164Of(const std::string &text, const QString &region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text, region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number))
        return {};
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return out;
}

// What the parser alone makes of it, within E.164's 15 digits and reading
// back as itself: the answer without the quick path.
QString parsed(const QString &typed, const QString &region)
{
    const std::string out = e164Of(typed.trimmed().toStdString(), region);
    if (out.empty() || out.size() > 16 || e164Of(out, region) != out)
        return {};
    return QString::fromStdString(out);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString region = QStringLiteral("RU");
    static const QRegularExpression prefix(QStringLiteral("^([A-Z]{2}):"));
    if (const QRegularExpressionMatch m = prefix.match(typed); m.hasMatch()) {
        region = m.captured(1);
        typed.remove(0, 3);
    }

    const PhoneNormalizer normalizer(region);
    const QString e164 = normalizer.toE164(typed);
    static const QRegularExpression e164Form(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    check(e164.isEmpty() || e164Form.match(e164).hasMatch(), "E.164 or empty", typed, region, e164);
    check(e164 == parsed(typed, region), "the same as libphonenumber's parser", typed, region,
          e164);
    if (e164.isEmpty()) {
        check(normalizer.format(typed) == typed, "what does not parse is shown as typed", typed,
              region, normalizer.format(typed));
        return 0;
    }

    check(normalizer.toE164(e164) == e164, "normalising twice changes nothing", typed, region,
          normalizer.toE164(e164));
    const QString other =
        region == QLatin1String("US") ? QStringLiteral("RU") : QStringLiteral("US");
    check(PhoneNormalizer(other).toE164(e164) == e164, "E.164 means the same in every region",
          typed, region, PhoneNormalizer(other).toE164(e164));
    const QString shown = normalizer.format(e164);
    check(!shown.isEmpty() && normalizer.toE164(shown) == e164, "the formatted number reads back",
          typed, region, shown);

    const QStringList tokens = PhoneNormalizer::searchTokens(e164);
    check(!tokens.isEmpty() && tokens.first() == e164.mid(1), "the first token is every digit",
          typed, region, tokens.join(QLatin1Char(',')));
    for (const QString &token : tokens)
        check(!token.isEmpty() && e164.endsWith(token), "tokens are trailing digits", typed, region,
              token);
    return 0;
}
