#include "columnmapping.h"

#include "clients/searchtext.h"

#include <QHash>
#include <QRegularExpression>

namespace {
using F = ColumnMapping::Field;

const QList<QPair<F, const char *>> &keys()
{
    static const QList<QPair<F, const char *>> list = {
        {F::Ignore, "ignore"},
        {F::CompanyName, "company"},
        {F::FullName, "full_name"},
        {F::LastName, "last_name"},
        {F::FirstName, "first_name"},
        {F::MiddleName, "middle_name"},
        {F::Position, "position"},
        {F::Phone, "phone"},
        {F::WorkPhone, "work_phone"},
        {F::MobilePhone, "mobile_phone"},
        {F::HomePhone, "home_phone"},
        {F::Email, "email"},
        {F::City, "city"},
        {F::Region, "region"},
        {F::Address, "address"},
        {F::Inn, "inn"},
        {F::Kpp, "kpp"},
        {F::Ogrn, "ogrn"},
        {F::Notes, "notes"},
        {F::Source, "source"},
        {F::Tags, "tags"},
        {F::Birthday, "birthday"},
    };
    return list;
}

// Headers as SearchText folds them (lower case, ё→е, й→и, spaces collapsed).
const QHash<QString, F> &dictionary()
{
    static const QHash<QString, F> map = [] {
        const QList<QPair<F, const char *>> words = {
            {F::CompanyName, "company|organization|organisation|organization name|"
                             "organization 1 - name|организация|наименование|компания|"
                             "контрагент|название|наименование организации|клиент|фирма|"
                             "партнер"},
            {F::FullName, "name|full name|display name|фио|контактное лицо|имя контакта|"
                          "полное имя|ф.и.о."},
            {F::LastName, "last name|family name|surname|фамилия"},
            {F::FirstName, "first name|given name|имя"},
            {F::MiddleName, "middle name|additional name|отчество"},
            {F::Position, "job title|title|organization title|organization 1 - title|должность"},
            {F::Phone, "phone|telephone|tel|phone number|primary phone|other phone|телефон|"
                       "телефоны|основной телефон|другой телефон|номер телефона"},
            {F::WorkPhone, "business phone|business phone 2|company main phone|"
                           "рабочий телефон|телефон раб. 2|телефон организации|"
                           "рабочий телефон 2"},
            {F::MobilePhone, "mobile phone|mobile|cell|cell phone|мобильный телефон|мобильный|"
                             "сотовый|сотовый телефон"},
            {F::HomePhone, "home phone|home phone 2|домашний телефон|телефон дом. 2"},
            {F::Email, "e-mail|email|e-mail address|email address|e-mail 2 address|"
                       "e-mail 3 address|эл. почта|электронная почта|адрес эл. почты|"
                       "адрес 2 эл. почты|адрес 3 эл. почты|почта|e-mail адрес"},
            {F::City, "city|business city|home city|город|город (раб. адрес)|"
                      "город (дом. адрес)"},
            {F::Region, "region|state|business state|область|регион|область (раб. адрес)|"
                        "край/область"},
            {F::Address, "address|business street|street|адрес|улица (раб. адрес)|"
                         "юридический адрес|фактический адрес"},
            {F::Inn, "инн|inn|tax id"},
            {F::Kpp, "кпп|kpp"},
            {F::Ogrn, "огрн|ogrn"},
            {F::Notes, "notes|note|заметки|примечание|комментарий|описание"},
            {F::Source, "source|источник|канал"},
            {F::Tags, "categories|категории|group membership|labels|теги|группа|группы"},
            {F::Birthday, "birthday|день рождения|дата рождения"},
        };
        QHash<QString, F> out;
        for (const auto &[field, list] : words)
            for (const QString &w : QString::fromUtf8(list).split(QLatin1Char('|')))
                out.insert(SearchText::fold(w), field);
        return out;
    }();
    return map;
}
} // namespace

ColumnMapping::Field ColumnMapping::guess(const QString &header)
{
    QString h = SearchText::fold(header);
    while (h.endsWith(QLatin1Char(':')))
        h.chop(1);
    h = h.trimmed();
    if (const auto it = dictionary().constFind(h); it != dictionary().cend())
        return *it;
    // Google: "E-mail 1 - Value", "Phone 2 - Value"; their "- Type"/"- Label" go.
    static const QRegularExpression numbered(
        QStringLiteral(R"(^(e-?mail|phone) \d+ - (value|type|label)$)"));
    if (const QRegularExpressionMatch m = numbered.match(h); m.hasMatch()) {
        if (m.captured(2) != QLatin1String("value"))
            return Field::Ignore;
        return m.captured(1) == QLatin1String("phone") ? Field::Phone : Field::Email;
    }
    return Field::Ignore;
}

QList<ColumnMapping::Field> ColumnMapping::guess(const QStringList &headers)
{
    QList<Field> out;
    for (const QString &h : headers)
        out << guess(h);
    return out;
}

QString ColumnMapping::key(Field field)
{
    for (const auto &[f, name] : keys())
        if (f == field)
            return QLatin1String(name);
    return QStringLiteral("ignore");
}

bool ColumnMapping::fromKey(const QString &key, Field *field)
{
    for (const auto &[f, name] : keys()) {
        if (key == QLatin1String(name)) {
            *field = f;
            return true;
        }
    }
    return false;
}

bool ColumnMapping::hasName(const QList<Field> &fields)
{
    for (Field f : fields)
        if (f == Field::CompanyName || f == Field::FullName || f == Field::LastName ||
            f == Field::FirstName)
            return true;
    return false;
}

bool ColumnMapping::isPhone(Field field)
{
    return field == Field::Phone || field == Field::WorkPhone || field == Field::MobilePhone ||
           field == Field::HomePhone;
}
