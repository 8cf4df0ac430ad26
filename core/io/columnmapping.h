#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Which client field a column of an imported file holds, guessed from its
// header in English or Russian: Outlook (both languages), Google Contacts,
// Excel and 1C exports.
class ColumnMapping
{
public:
    enum class Field
    {
        Ignore,
        CompanyName,
        FullName,
        LastName,
        FirstName,
        MiddleName,
        Position,
        Phone,
        WorkPhone,
        MobilePhone,
        HomePhone,
        Email,
        City,
        Region,
        Address,
        Inn,
        Kpp,
        Ogrn,
        Notes,
        Source,
        Tags,
        Birthday,
    };

    static Field guess(const QString &header);
    static QList<Field> guess(const QStringList &headers);
    // Stable names for mapping files and remembered mappings ("last_name").
    static QString key(Field field);
    static bool fromKey(const QString &key, Field *field);
    // A row needs something to call the client by.
    static bool hasName(const QList<Field> &fields);
    static bool isPhone(Field field);
};
