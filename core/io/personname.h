#pragma once

#include <QString>

// A person's name split from one column: "Сидоров Иван Петрович",
// "Иван Петрович Сидоров", "John Smith", "Smith, John".
struct PersonName
{
    QString lastName;
    QString firstName;
    QString middleName;

    static PersonName split(const QString &fullName);
    // Russian patronymics end in -ович/-евич/-ич, -овна/-евна/-ична/-инична.
    static bool isPatronymic(const QString &word);
};
