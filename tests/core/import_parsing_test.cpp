// How the import reads names, dates and column headers of real files.
#include "catchqt.h"

#include "io/columnmapping.h"
#include "io/datecolumn.h"
#include "io/personname.h"

using F = ColumnMapping::Field;

namespace {
QStringList parts(const QString &full)
{
    const PersonName n = PersonName::split(full);
    return {n.lastName, n.firstName, n.middleName};
}
} // namespace

TEST_CASE("Full names are split the way Russian and Latin names are written", "[import]")
{
    CHECK(
        parts(QStringLiteral("Сидоров Иван Петрович")) ==
        QStringList{QStringLiteral("Сидоров"), QStringLiteral("Иван"), QStringLiteral("Петрович")});
    CHECK(
        parts(QStringLiteral("Иван Петрович Сидоров")) ==
        QStringList{QStringLiteral("Сидоров"), QStringLiteral("Иван"), QStringLiteral("Петрович")});
    CHECK(
        parts(QStringLiteral("Ёлкина Анна Сергеевна")) ==
        QStringList{QStringLiteral("Ёлкина"), QStringLiteral("Анна"), QStringLiteral("Сергеевна")});
    CHECK(parts(QStringLiteral("  Иван   Сидоров ")) ==
          QStringList{QStringLiteral("Сидоров"), QStringLiteral("Иван"), QString()});
    CHECK(parts(QStringLiteral("Сидоров Иван")) ==
          QStringList{QStringLiteral("Сидоров"), QStringLiteral("Иван"), QString()});
    CHECK(parts(QStringLiteral("John Smith")) ==
          QStringList{QStringLiteral("Smith"), QStringLiteral("John"), QString()});
    CHECK(parts(QStringLiteral("John Paul Smith")) ==
          QStringList{QStringLiteral("Smith"), QStringLiteral("John"), QStringLiteral("Paul")});
    CHECK(parts(QStringLiteral("Smith, John")) ==
          QStringList{QStringLiteral("Smith"), QStringLiteral("John"), QString()});
    CHECK(parts(QStringLiteral("Петрова")) ==
          QStringList{QStringLiteral("Петрова"), QString(), QString()});
    CHECK(parts(QString()) == QStringList{QString(), QString(), QString()});
    CHECK(PersonName::isPatronymic(QStringLiteral("Ильинична")));
    CHECK(PersonName::isPatronymic(QStringLiteral("Кузьмич")));
    CHECK_FALSE(PersonName::isPatronymic(QStringLiteral("Иван")));
}

TEST_CASE("A date column's format is read from all its values, then the locale", "[import]")
{
    using Fmt = DateColumn::Format;
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    const QLocale us(QLocale::English, QLocale::UnitedStates);

    CHECK(DateColumn::detect({QStringLiteral("15.04.1980"), QStringLiteral("01.12.1975")}) ==
          Fmt::DayMonthYearDots);
    CHECK(DateColumn::detect({QStringLiteral("1980-04-15"), QString()}) == Fmt::YearMonthDay);
    // Ten ambiguous rows, then one that settles it: the whole column counts.
    QStringList slashes;
    for (int i = 1; i <= 10; ++i)
        slashes << QStringLiteral("0%1/03/1990").arg(i % 9 + 1);
    slashes << QStringLiteral("04/25/1990");
    CHECK(DateColumn::detect(slashes, ru) == Fmt::MonthDayYearSlash);
    slashes.last() = QStringLiteral("25/04/1990");
    CHECK(DateColumn::detect(slashes, us) == Fmt::DayMonthYearSlash);
    // Nothing settles it: the locale decides.
    const QStringList ambiguous = {QStringLiteral("03/04/1990"), QStringLiteral("05/06/1991")};
    CHECK(DateColumn::detect(ambiguous, us) == Fmt::MonthDayYearSlash);
    CHECK(DateColumn::detect(ambiguous, ru) == Fmt::DayMonthYearSlash);
    CHECK(DateColumn::detect({QStringLiteral("вчера")}) == Fmt::Unknown);

    CHECK(DateColumn::parse(QStringLiteral("15.04.1980"), Fmt::DayMonthYearDots) ==
          QDate(1980, 4, 15));
    CHECK(DateColumn::parse(QStringLiteral("1980-04-15"), Fmt::YearMonthDay) == QDate(1980, 4, 15));
    CHECK(DateColumn::parse(QStringLiteral("03/04/1990"), Fmt::MonthDayYearSlash) ==
          QDate(1990, 3, 4));
    CHECK(DateColumn::parse(QStringLiteral("03/04/1990"), Fmt::DayMonthYearSlash) ==
          QDate(1990, 4, 3));
    CHECK_FALSE(DateColumn::parse(QStringLiteral("31.02.1990"), Fmt::DayMonthYearDots).isValid());
    CHECK_FALSE(DateColumn::parse(QStringLiteral("15.04.1980"), Fmt::YearMonthDay).isValid());
}

TEST_CASE("Headers of Outlook, Google, Excel and 1C exports map to client fields", "[import]")
{
    // English Outlook
    CHECK(
        ColumnMapping::guess({QStringLiteral("First Name"), QStringLiteral("Middle Name"),
                              QStringLiteral("Last Name"), QStringLiteral("Company"),
                              QStringLiteral("Job Title"), QStringLiteral("Business Phone"),
                              QStringLiteral("Mobile Phone"), QStringLiteral("Home Phone"),
                              QStringLiteral("E-mail Address"), QStringLiteral("E-mail 2 Address"),
                              QStringLiteral("Business City"), QStringLiteral("Categories"),
                              QStringLiteral("Birthday"), QStringLiteral("Notes")}) ==
        QList<F>{F::FirstName, F::MiddleName, F::LastName, F::CompanyName, F::Position,
                 F::WorkPhone, F::MobilePhone, F::HomePhone, F::Email, F::Email, F::City, F::Tags,
                 F::Birthday, F::Notes});
    // Russian Outlook
    CHECK(ColumnMapping::guess(
              {QStringLiteral("Имя"), QStringLiteral("Отчество"), QStringLiteral("Фамилия"),
               QStringLiteral("Организация"), QStringLiteral("Должность"),
               QStringLiteral("Рабочий телефон"), QStringLiteral("Мобильный телефон"),
               QStringLiteral("Адрес эл. почты"), QStringLiteral("Город (раб. адрес)"),
               QStringLiteral("Категории"), QStringLiteral("День рождения")}) ==
          QList<F>{F::FirstName, F::MiddleName, F::LastName, F::CompanyName, F::Position,
                   F::WorkPhone, F::MobilePhone, F::Email, F::City, F::Tags, F::Birthday});
    // Google Contacts
    CHECK(ColumnMapping::guess(
              {QStringLiteral("Name"), QStringLiteral("Given Name"), QStringLiteral("Family Name"),
               QStringLiteral("Organization 1 - Name"), QStringLiteral("E-mail 1 - Type"),
               QStringLiteral("E-mail 1 - Value"), QStringLiteral("Phone 1 - Type"),
               QStringLiteral("Phone 1 - Value"), QStringLiteral("Phone 2 - Value"),
               QStringLiteral("Group Membership")}) ==
          QList<F>{F::FullName, F::FirstName, F::LastName, F::CompanyName, F::Ignore, F::Email,
                   F::Ignore, F::Phone, F::Phone, F::Tags});
    // Excel / 1C, with the odd colon and ё
    CHECK(ColumnMapping::guess(
              {QStringLiteral("Наименование"), QStringLiteral("ИНН"), QStringLiteral("КПП"),
               QStringLiteral("ФИО"), QStringLiteral("Контактное лицо:"), QStringLiteral("Телефон"),
               QStringLiteral("Эл. почта"), QStringLiteral("E-mail"), QStringLiteral(" Город "),
               QStringLiteral("Регион"), QStringLiteral("Источник"), QStringLiteral("Примечание"),
               QStringLiteral("Цвет глаз")}) ==
          QList<F>{F::CompanyName, F::Inn, F::Kpp, F::FullName, F::FullName, F::Phone, F::Email,
                   F::Email, F::City, F::Region, F::Source, F::Notes, F::Ignore});

    CHECK(ColumnMapping::hasName({F::Phone, F::LastName}));
    CHECK_FALSE(ColumnMapping::hasName({F::Phone, F::Email, F::City}));
    F f = F::Ignore;
    for (F each : {F::CompanyName, F::MobilePhone, F::Birthday, F::Ignore}) {
        REQUIRE(ColumnMapping::fromKey(ColumnMapping::key(each), &f));
        CHECK(f == each);
    }
    CHECK_FALSE(ColumnMapping::fromKey(QStringLiteral("shoe_size"), &f));
}
