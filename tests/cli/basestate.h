#pragma once

// What the crash and storage tests look at, with a connection of their own
// while no clientele-cli runs: a signature of a base's data, `check`, and the
// CSV file they import.
#include "clifixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

inline QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A plain connection of the test's own, while no clientele-cli runs.
inline void withRaw(const QString &path, const std::function<void(QSqlQuery &)> &work)
{
    const QString name = QStringLiteral("crash_raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        work(q);
    }
    QSqlDatabase::removeDatabase(name);
}

inline QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    withRaw(path, [&](QSqlQuery &q) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        value = q.value(0);
    });
    return value;
}

// Every table's row count and a hash of the clients, their addresses and
// the deals: equal for equal data, whenever it was written.
inline QString signature(const QString &path)
{
    QString out;
    withRaw(path, [&](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                      "name NOT LIKE 'sqlite_%' ORDER BY name")));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            // The report totals are kept per day, and demo data is dated from
            // now: how many they count is what stays the same between runs.
            const QString count = table.endsWith(QLatin1String("_totals"))
                                      ? QStringLiteral("TOTAL(count)")
                                      : QStringLiteral("COUNT(*)");
            REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(count, table)));
            REQUIRE(q.next());
            out += table + QLatin1Char('=') + q.value(0).toString() + QLatin1Char(' ');
        }
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const char *sql :
             {"SELECT name FROM clients ORDER BY id", "SELECT e164 FROM phones ORDER BY id",
              "SELECT address FROM emails ORDER BY id",
              "SELECT title || amount || status FROM deals ORDER BY id"}) {
            REQUIRE(q.exec(QLatin1String(sql)));
            while (q.next())
                hash.addData(QByteArray(q.value(0).toString().toUtf8() + '\n'));
        }
        out += QString::fromLatin1(hash.result().toHex());
    });
    return out;
}

// `check`: integrity, foreign keys and the search index against the tables.
inline void requireSound(const Fixture &f)
{
    const Result r =
        f.cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.text().toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out).object()[QStringLiteral("clean")].toBool());
}

// Companies and people, Cyrillic and Latin; every tenth row is a person
// again (the same e-mail and phone as five rows up) for the import to merge.
inline QByteArray clientsCsv(int rows)
{
    const QStringList cities = {utf8("Москва"), utf8("Екатеринбург"), QStringLiteral("Berlin"),
                                utf8("Новосибирск"), QStringLiteral("London")};
    const QStringList last = {utf8("Иванов"),   utf8("Смирнова"),         QStringLiteral("Smith"),
                              utf8("Кузнецов"), QStringLiteral("Müller"), utf8("Пётр Ёлкин")};
    QByteArray out = utf8("Компания,ФИО,Телефон,E-mail,Город,Теги\n").toUtf8();
    for (int i = 0; i < rows; ++i) {
        const int who = i % 10 == 9 ? i - 5 : i;
        const QString phone = QStringLiteral("+7 912 %1").arg(1000000 + who, 7, 10);
        const QString email = QStringLiteral("client%1@example.ru").arg(who);
        const QString city = cities.at(i % cities.size());
        const QString line =
            i % 3 == 0 && i % 10 != 9
                ? utf8("\"ООО «Ромашка-%1»\",,%2,%3,%4,Опт\n").arg(i).arg(phone, email, city)
                : utf8(",%1 %2,%3,%4,%5,\"VIP, Розница\"\n")
                      .arg(last.at(who % last.size()))
                      .arg(who)
                      .arg(phone, email, city);
        out += line.toUtf8();
    }
    return out;
}
