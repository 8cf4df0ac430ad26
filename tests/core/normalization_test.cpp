#include "catchqt.h"
#include "clients/emailaddress.h"
#include "clients/inn.h"
#include "clients/nationalnumbercheck.h"
#include "clients/phoneentry.h"
#include "clients/phonenormalizer.h"
#include "clients/searchtext.h"

#include <catch2/catch.hpp>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <utility>

TEST_CASE("phones typed the Russian ways become one E.164 number", "[phone]")
{
    const PhoneNormalizer phones;
    CHECK(phones.region() == QStringLiteral("RU"));
    for (const QString &typed :
         {QStringLiteral("8 (912) 345-67-89"), QStringLiteral("+7 912 3456789"),
          QStringLiteral("89123456789"), QStringLiteral("+7 (912) 345-67-89"),
          QStringLiteral("  8-912-345-67-89  "), QStringLiteral("9123456789")}) {
        INFO(typed.toStdString());
        CHECK(phones.toE164(typed) == QStringLiteral("+79123456789"));
    }
    CHECK(phones.toE164(QStringLiteral("8 (343) 555-12-34")) == QStringLiteral("+73435551234"));
}

TEST_CASE("the common Russian spellings read as libphonenumber's parser reads them", "[phone]")
{
    // "+7 …" and "8 …" with spaces, dashes and brackets take a quick path;
    // the same digits with dots go through the parser. Both must agree on
    // every number: valid, invalid, toll-free, Kazakh, leading zeros.
    const PhoneNormalizer ru;
    const PhoneNormalizer de(QStringLiteral("DE"));
    quint64 seed = 12345;
    int valid = 0;
    for (int i = 0; i < 4000; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        const QString national =
            QStringLiteral("%1").arg(seed % 10000000000ULL, 10, 10, QLatin1Char('0'));
        const QString dotted = national.left(3) + QLatin1Char('.') + national.mid(3);
        using Spellings = std::pair<QString, QString>;
        for (const auto &[quick, parsed] :
             {Spellings{QStringLiteral("+7 (") + national.left(3) + QStringLiteral(") ") +
                            national.mid(3, 3) + QLatin1Char('-') + national.mid(6),
                        QStringLiteral("+7.") + dotted},
              Spellings{QStringLiteral("8") + national, QStringLiteral("8.") + dotted},
              Spellings{QStringLiteral("8 ") + national.left(3) + QLatin1Char(' ') +
                            national.mid(3),
                        QStringLiteral("8.") + dotted}}) {
            INFO(quick.toStdString() << " vs " << parsed.toStdString());
            const QString e164 = ru.toE164(quick);
            CHECK(e164 == ru.toE164(parsed));
            CHECK(de.toE164(quick) == de.toE164(parsed));
            valid += e164.isEmpty() ? 0 : 1;
        }
    }
    // The sample has both kinds, so both branches ran.
    CHECK(valid > 1000);
    CHECK(valid < 11000);
}

TEST_CASE("the compiled check of national numbers agrees with libphonenumber", "[phone]")
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // +7 is Russia and Kazakhstan (chosen by leading digits); +44 is Britain
    // with Guernsey, Jersey and the Isle of Man; +1 is two dozen regions.
    for (const int code : {7, 44, 1}) {
        const NationalNumberCheck check(code, 10);
        INFO("country code " << code);
        REQUIRE(check.isReady());
        PhoneNumber number;
        number.set_country_code(code);
        quint64 seed = 777;
        int valid = 0;
        int checked = 0;
        // Every three leading digits, with endings of every kind.
        for (quint64 lead = 100; lead < 1000; ++lead)
            for (int i = 0; i < 12; ++i) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                const quint64 national = lead * 10000000ULL + (seed >> 20) % 10000000ULL;
                number.set_national_number(national);
                const bool expected = util->IsValidNumber(number);
                INFO(national);
                CHECK(check.isValid(QString::number(national)) == expected);
                valid += expected ? 1 : 0;
                ++checked;
            }
        CHECK(valid > 100);
        CHECK(valid < checked);
    }
    // Another length than the one compiled for is not valid.
    CHECK_FALSE(NationalNumberCheck(7, 10).isValid(u"912345678"));
}

TEST_CASE("numbers of other countries keep their own code", "[phone]")
{
    const PhoneNormalizer ru;
    CHECK(ru.toE164(QStringLiteral("+49 30 901820")) == QStringLiteral("+4930901820"));
    // A different default region reads national numbers as that country's.
    const PhoneNormalizer de(QStringLiteral("DE"));
    CHECK(de.region() == QStringLiteral("DE"));
    CHECK(de.toE164(QStringLiteral("030 901820")) == QStringLiteral("+4930901820"));
    CHECK(de.toE164(QStringLiteral("+7 912 345-67-89")) == QStringLiteral("+79123456789"));
    CHECK(de.toE164(QStringLiteral("8 (912) 345-67-89")) != QStringLiteral("+79123456789"));
}

TEST_CASE("what is not a phone number gives an empty E.164", "[phone]")
{
    const PhoneNormalizer phones;
    for (const QString &typed :
         {QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("спросить у Ивана"),
          QStringLiteral("abc"), QStringLiteral("12"), QStringLiteral("8 (912) 345"),
          QStringLiteral("+7 000 000-00-00")}) {
        INFO(typed.toStdString());
        CHECK(phones.toE164(typed).isEmpty());
    }

    // The entry keeps what was typed and is marked invalid.
    PhoneEntry entry{0, QString(), QStringLiteral("спросить у Ивана"),
                     phones.toE164(QStringLiteral("спросить у Ивана"))};
    CHECK_FALSE(entry.isValid());
    entry.e164 = phones.toE164(QStringLiteral("89123456789"));
    CHECK(entry.isValid());
}

// Found by tests/fuzz/phone_fuzz: libphonenumber calls some 16-digit German
// numbers valid (letters count as the digits of their keys).
TEST_CASE("a number longer than E.164's 15 digits is no number", "[phone]")
{
    const PhoneNormalizer phones;
    for (const QString &typed :
         {QStringLiteral("+49 309123456DDDD7"), QStringLiteral("+49 30 9123456 33337")}) {
        INFO(typed.toStdString());
        CHECK(phones.toE164(typed).isEmpty());
        CHECK(phones.format(typed) == typed);
    }
    CHECK(phones.toE164(QStringLiteral("+49 30 9123456 3333")) ==
          QStringLiteral("+493091234563333"));
}

TEST_CASE("a number whose E.164 would read back as another is no number", "[phone]")
{
    // In Belarus 8 is the trunk prefix and 8 10 the way abroad: the parser
    // keeps this 8 in the number, but "+375 8101234567" drops it.
    const PhoneNormalizer belarus(QStringLiteral("BY"));
    const QString typed = QStringLiteral("88 10 123-45-6ZZ7");
    CHECK(belarus.toE164(typed).isEmpty());
    CHECK(belarus.format(typed) == typed);
    // A real Minsk number still reads, typed either way.
    CHECK(belarus.toE164(QStringLiteral("8 017 123-45-67")) == QStringLiteral("+375171234567"));
    CHECK(belarus.toE164(QStringLiteral("+375 17 123-45-67")) == QStringLiteral("+375171234567"));
}

TEST_CASE("phones are formatted for display", "[phone]")
{
    const PhoneNormalizer phones;
    CHECK(phones.format(QStringLiteral("+79123456789")) == QStringLiteral("+7 912 345-67-89"));
    CHECK(phones.format(QStringLiteral("8 (912) 345-67-89")) == QStringLiteral("+7 912 345-67-89"));
    // What does not parse is shown as typed.
    CHECK(phones.format(QStringLiteral("спросить у Ивана")) == QStringLiteral("спросить у Ивана"));
}

TEST_CASE("phone search tokens let partial numbers find the phone", "[phone]")
{
    CHECK(PhoneNormalizer::searchTokens(QStringLiteral("+79123456789")) ==
          QStringList{QStringLiteral("79123456789"), QStringLiteral("9123456789"),
                      QStringLiteral("3456789")});
    // Short numbers give only what they have.
    CHECK(PhoneNormalizer::searchTokens(QStringLiteral("12-34-56")) ==
          QStringList{QStringLiteral("123456")});
    CHECK(PhoneNormalizer::searchTokens(QStringLiteral("нет")).isEmpty());
}

TEST_CASE("e-mail addresses are validated and lower-cased", "[email]")
{
    for (const QString &good :
         {QStringLiteral("info@romashka.example"), QStringLiteral("Ivan.Petrov@Romashka.Example"),
          QStringLiteral("  sales+crm@mail.ru "), QStringLiteral("o'neil@example.co.uk"),
          QStringLiteral("почта@пример.рф")}) {
        INFO(good.toStdString());
        CHECK(EmailAddress::isValid(good));
    }
    for (const QString &bad :
         {QString(), QStringLiteral("ivan"), QStringLiteral("ivan@"), QStringLiteral("@mail.ru"),
          QStringLiteral("ivan@localhost"), QStringLiteral("ivan petrov@mail.ru"),
          QStringLiteral("ivan..petrov@mail.ru"), QStringLiteral(".ivan@mail.ru"),
          QStringLiteral("ivan@@mail.ru"), QStringLiteral("ivan@mail..ru")}) {
        INFO(bad.toStdString());
        CHECK_FALSE(EmailAddress::isValid(bad));
    }
    CHECK(EmailAddress::normalize(QStringLiteral(" Ivan.Petrov@Romashka.Example ")) ==
          QStringLiteral("ivan.petrov@romashka.example"));
    CHECK(EmailAddress::normalize(QStringLiteral("ПОЧТА@ПРИМЕР.РФ")) ==
          QStringLiteral("почта@пример.рф"));
}

TEST_CASE("INN control digits are checked", "[inn]")
{
    // Real organisations (10 digits) and a 12-digit INN built by the algorithm.
    CHECK(Inn::isValid(QStringLiteral("7707083893")));
    CHECK(Inn::isValid(QStringLiteral("7736050003")));
    CHECK(Inn::isValid(QStringLiteral("500100732259")));

    CHECK_FALSE(Inn::isValid(QStringLiteral("7707083894")));   // last digit wrong
    CHECK_FALSE(Inn::isValid(QStringLiteral("7707083839")));   // digits swapped
    CHECK_FALSE(Inn::isValid(QStringLiteral("500100732258"))); // 12th digit wrong
    CHECK_FALSE(Inn::isValid(QStringLiteral("500100732249"))); // 11th digit wrong
    CHECK_FALSE(Inn::isValid(QStringLiteral("50010073225")));  // 11 digits
    CHECK_FALSE(Inn::isValid(QStringLiteral("770708389")));    // 9 digits
    CHECK_FALSE(Inn::isValid(QStringLiteral("77070838930")));  // valid 10 + a digit
    CHECK_FALSE(Inn::isValid(QStringLiteral("770708389O")));   // letter O, not zero
    CHECK_FALSE(Inn::isValid(QStringLiteral("7707 083893")));
    CHECK_FALSE(Inn::isValid(QString()));
}

TEST_CASE("search text folds case, ё and й", "[search]")
{
    CHECK(SearchText::fold(QStringLiteral("Ёлкин")) == QStringLiteral("елкин"));
    CHECK(SearchText::fold(QStringLiteral("ЁЛКИН")) == QStringLiteral("елкин"));
    CHECK(SearchText::fold(QStringLiteral("Йошкар-Ола")) == QStringLiteral("иошкар-ола"));
    CHECK(SearchText::fold(QStringLiteral("Андрей")) == QStringLiteral("андреи"));
    CHECK(SearchText::fold(QStringLiteral("ООО Ромашка")) == QStringLiteral("ооо ромашка"));
    CHECK(SearchText::fold(QStringLiteral("  Acme \t GmbH\n")) == QStringLiteral("acme gmbh"));
    CHECK(SearchText::fold(QStringLiteral("Ёлкин")) == SearchText::fold(QStringLiteral("елкин")));
    CHECK(SearchText::fold(QStringLiteral("Müller")) == QStringLiteral("müller"));
}

TEST_CASE("search words are the folded letters and digits of a query", "[search]")
{
    CHECK(SearchText::words(QStringLiteral("ООО \"Ромашка\", Ёлкин")) ==
          QStringList{QStringLiteral("ооо"), QStringLiteral("ромашка"), QStringLiteral("елкин")});
    CHECK(
        SearchText::words(QStringLiteral("info@Romashka.example")) ==
        QStringList{QStringLiteral("info"), QStringLiteral("romashka"), QStringLiteral("example")});
    CHECK(SearchText::words(QStringLiteral("  * AND - ( ")) == QStringList{QStringLiteral("and")});
    CHECK(SearchText::words(QStringLiteral("\"*()-")).isEmpty());
}
