#include "catchqt.h"
#include "clients/clientrepository.h"
#include "clients/searchindex.h"
#include "clients/searchtext.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

namespace {

Client saved(ClientRepository &repo, Client c)
{
    QString error;
    INFO(c.name.toStdString());
    if (!repo.save(c, &error))
        FAIL(error.toStdString());
    return c;
}

Client company(const QString &name)
{
    Client c;
    c.kind = Client::Kind::Company;
    c.name = name;
    return c;
}

QList<qint64> ids(const QList<ClientListRow> &rows)
{
    QList<qint64> out;
    for (const ClientListRow &r : rows)
        out << r.id;
    return out;
}

// A small base: one client per field to be found by, plus some noise.
struct Base
{
    TestDatabase t;
    ClientRepository repo{t.db()};
    Client romashka;
    Client elkin;
    Client elkina;
    Client noise;

    Base()
    {
        romashka = company(QStringLiteral("ООО Ромашка"));
        romashka.city = QStringLiteral("Екатеринбург");
        romashka.region = QStringLiteral("Свердловская обл.");
        romashka.phones << PhoneEntry{0, QString(), QStringLiteral("+7 912 345-67-89"), QString()};
        romashka.emails << EmailEntry{0, QString(), QStringLiteral("Info@Romashka.Example"),
                                      QString()};
        romashka.tags << QStringLiteral("Поставщики");
        LegalEntity l;
        l.name = QStringLiteral("ООО «Ромашка-Урал»");
        l.inn = QStringLiteral("7707083893");
        romashka.legalEntities << l;
        ContactPerson p;
        p.lastName = QStringLiteral("Сидоров");
        p.firstName = QStringLiteral("Иван");
        p.phones << PhoneEntry{0, QString(), QStringLiteral("8 (343) 555-12-34"), QString()};
        p.emails << EmailEntry{0, QString(), QStringLiteral("Sidorov@Partner.Example"), QString()};
        romashka.contacts << p;
        romashka = saved(repo, romashka);

        elkin.kind = Client::Kind::Person;
        elkin.lastName = QStringLiteral("Ёлкин");
        elkin.firstName = QStringLiteral("Пётр");
        elkin.city = QStringLiteral("Йошкар-Ола");
        elkin = saved(repo, elkin);

        elkina.kind = Client::Kind::Person;
        elkina.lastName = QStringLiteral("Елкина");
        elkina.firstName = QStringLiteral("Анна");
        elkina = saved(repo, elkina);

        noise = company(QStringLiteral("Acme Trading GmbH"));
        noise.city = QStringLiteral("Berlin");
        noise.phones << PhoneEntry{0, QString(), QStringLiteral("+49 30 901820"), QString()};
        noise = saved(repo, noise);
    }

    QList<qint64> find(const QString &text, int limit = 20, bool archived = false) const
    {
        return ids(repo.search(text, limit, archived));
    }
};

} // namespace

TEST_CASE("search ignores case in Cyrillic and finds words inside the name", "[search]")
{
    Base b;
    for (const QString &text :
         {QStringLiteral("ромашка"), QStringLiteral("РОМАШКА"), QStringLiteral("Ромаш"),
          QStringLiteral("ооо ром"), QStringLiteral("ООО Ромашка")}) {
        INFO(text.toStdString());
        CHECK(b.find(text) == QList<qint64>{b.romashka.id});
    }
    const QList<ClientListRow> rows = b.repo.search(QStringLiteral("ромашка"), 20);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].name == QStringLiteral("ООО Ромашка"));
    CHECK(rows[0].city == QStringLiteral("Екатеринбург"));
    CHECK(rows[0].phone == QStringLiteral("+79123456789"));
    CHECK(rows[0].email == QStringLiteral("info@romashka.example"));
    CHECK(b.find(QStringLiteral("лютик")).isEmpty());
}

TEST_CASE("ё and е find each other", "[search]")
{
    Base b;
    CHECK(b.find(QStringLiteral("Елкин")).contains(b.elkin.id));
    CHECK(b.find(QStringLiteral("елкин")).contains(b.elkin.id));
    CHECK(b.find(QStringLiteral("Ёлкин")).contains(b.elkin.id));
    CHECK(b.find(QStringLiteral("Ёлкина")) == QList<qint64>{b.elkina.id});
    CHECK(b.find(QStringLiteral("ЁЛКИНА")) == QList<qint64>{b.elkina.id});
    CHECK(b.find(QStringLiteral("петр")) == QList<qint64>{b.elkin.id});
    CHECK(b.find(QStringLiteral("Пётр Ёлкин")) == QList<qint64>{b.elkin.id});
    // й and и too, in every field.
    CHECK(b.find(QStringLiteral("Иошкар")) == QList<qint64>{b.elkin.id});
    CHECK(b.find(QStringLiteral("йошкар-ола")) == QList<qint64>{b.elkin.id});
}

TEST_CASE("folding gives one spelling in every script", "[search]")
{
    CHECK(SearchText::fold(QStringLiteral("  ООО «Ёлкин и ЙОГУРТ»\t\n ")) ==
          QStringLiteral("ооо «елкин и иогурт»"));
    CHECK(SearchText::fold(QStringLiteral("MÜNCHEN\u00a0Straße ×ÀÞ")) ==
          QStringLiteral("münchen straße ×àþ"));
    CHECK(SearchText::fold(QStringLiteral("ЀЃЉ Ѕ")) == QStringLiteral("ѐѓљ ѕ"));
    CHECK(SearchText::fold(QString()).isEmpty());
    CHECK(SearchText::fold(QStringLiteral(" \t ")).isEmpty());
    // Whatever the script, as Qt lower-cases and simplifies, ё→е and й→и.
    const QStringList samples = {
        QStringLiteral("Ǆemal ΑΘΗΝΑ"),        QStringLiteral("İstanbul Çarşı"),
        QStringLiteral("Київ, ВУЛ. Ї"),       QStringLiteral("东京 Tōkyō\u2003Ginza"),
        QStringLiteral("Пётр\u2028ЙОШКАР 😀"), QStringLiteral("Ωmega ĲSSEL"),
    };
    for (const QString &s : samples) {
        QString expected = s.toLower().simplified();
        expected.replace(QChar(0x0451), QChar(0x0435)).replace(QChar(0x0439), QChar(0x0438));
        CHECK(SearchText::fold(s) == expected);
    }
}

TEST_CASE("search finds a phone by any part of its digits", "[search]")
{
    Base b;
    for (const QString &text :
         {QStringLiteral("912345"), QStringLiteral("8912345"), QStringLiteral("89123456789"),
          QStringLiteral("+7912345"), QStringLiteral("+7 912 345"), QStringLiteral("8 (912) 345"),
          QStringLiteral("8 (912) 345-67-89"), QStringLiteral("345-67-89"),
          QStringLiteral("79123456789")}) {
        INFO(text.toStdString());
        CHECK(b.find(text) == QList<qint64>{b.romashka.id});
    }
    // The contact's phone finds the client too.
    CHECK(b.find(QStringLiteral("8343555")) == QList<qint64>{b.romashka.id});
    CHECK(b.find(QStringLiteral("5551234")) == QList<qint64>{b.romashka.id});
    CHECK(b.find(QStringLiteral("4930901820")) == QList<qint64>{b.noise.id});
    CHECK(b.find(QStringLiteral("912346")).isEmpty());
}

TEST_CASE("search finds e-mail, city, INN, tag and contact person", "[search]")
{
    Base b;
    const QList<qint64> romashka{b.romashka.id};
    CHECK(b.find(QStringLiteral("info@romashka.example")) == romashka);
    CHECK(b.find(QStringLiteral("INFO@ROMASHKA")) == romashka);
    CHECK(b.find(QStringLiteral("sidorov@partner")) == romashka);
    CHECK(b.find(QStringLiteral("екатеринбург")) == romashka);
    CHECK(b.find(QStringLiteral("Екатер")) == romashka);
    CHECK(b.find(QStringLiteral("свердловская")) == romashka);
    CHECK(b.find(QStringLiteral("7707083893")) == romashka);
    CHECK(b.find(QStringLiteral("770708")) == romashka);
    CHECK(b.find(QStringLiteral("урал")) == romashka); // legal entity name
    CHECK(b.find(QStringLiteral("поставщики")) == romashka);
    CHECK(b.find(QStringLiteral("Сидоров")) == romashka);
    CHECK(b.find(QStringLiteral("иван сидоров")) == romashka);
    CHECK(b.find(QStringLiteral("berlin")) == QList<qint64>{b.noise.id});
    // Every word must match somewhere.
    CHECK(b.find(QStringLiteral("ромашка berlin")).isEmpty());
}

TEST_CASE("the index follows edits and removals", "[search]")
{
    Base b;
    auto c = b.repo.load(b.romashka.id);
    REQUIRE(c);
    c->name = QStringLiteral("ООО Лютик");
    c->phones.clear();
    c->emails.clear();        // info@romashka...
    c->legalEntities.clear(); // ООО «Ромашка-Урал»
    c->contacts.clear();
    REQUIRE(b.repo.save(*c));
    CHECK(b.find(QStringLiteral("ромашка")).isEmpty());
    CHECK(b.find(QStringLiteral("912345")).isEmpty());
    CHECK(b.find(QStringLiteral("сидоров")).isEmpty());
    CHECK(b.find(QStringLiteral("лютик")) == QList<qint64>{b.romashka.id});
    CHECK(b.find(QStringLiteral("екатеринбург")) == QList<qint64>{b.romashka.id});

    REQUIRE(b.repo.removeForever(b.romashka.id));
    CHECK(b.find(QStringLiteral("лютик")).isEmpty());
    CHECK(b.find(QStringLiteral("екатеринбург")).isEmpty());
}

TEST_CASE("archived clients are found only when asked for", "[search]")
{
    Base b;
    REQUIRE(b.repo.setArchived(b.romashka.id, true));
    for (const QString &text : {QStringLiteral("ромашка"), QStringLiteral("912345"),
                                QStringLiteral("екатеринбург"), QStringLiteral("ооо")}) {
        INFO(text.toStdString());
        CHECK(b.find(text).isEmpty());
        CHECK(b.find(text, 20, true) == QList<qint64>{b.romashka.id});
        CHECK(b.repo.search(text, 20, true).value(0).archived);
    }
    REQUIRE(b.repo.setArchived(b.romashka.id, false));
    CHECK(b.find(QStringLiteral("ромашка")) == QList<qint64>{b.romashka.id});
}

TEST_CASE("names that start with the query come first", "[search]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    // Saved first, so the full-text tier alone would list it last.
    const Client byName = saved(repo, company(QStringLiteral("Смирнов и партнёры")));
    Client byContact = company(QStringLiteral("ООО Альфа"));
    ContactPerson p;
    p.lastName = QStringLiteral("Смирнов");
    byContact.contacts << p;
    byContact = saved(repo, byContact);
    Client byCity = company(QStringLiteral("ООО Бета"));
    byCity.address = QStringLiteral("ул. Смирнова, 5");
    byCity.city = QStringLiteral("Смирновка");
    byCity = saved(repo, byCity);
    Client byWord = company(QStringLiteral("ООО Смирнов-Трейд"));
    byWord = saved(repo, byWord);

    const QList<qint64> found = ids(repo.search(QStringLiteral("смирнов"), 10));
    REQUIRE(found.size() == 4);
    CHECK(found.first() == byName.id);
    CHECK(found.mid(1).contains(byContact.id));
    CHECK(found.mid(1).contains(byCity.id));
    CHECK(found.mid(1).contains(byWord.id));

    // Several names starting with the query come in name order; a company's
    // legal form does not count ("ООО Смирнов-Трейд" sorts as "смирнов-трейд").
    const Client a = saved(repo, company(QStringLiteral("Смирнова Анна")));
    const QList<qint64> again = ids(repo.search(QStringLiteral("смирнов"), 10));
    REQUIRE(again.size() == 5);
    CHECK(again.mid(0, 3) == QList<qint64>{byName.id, byWord.id, a.id});
}

TEST_CASE("search returns no more than the limit", "[search]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    for (int i = 0; i < 6; ++i) {
        Client c = company(QStringLiteral("Альфа %1").arg(i));
        c.city = QStringLiteral("Тверь");
        saved(repo, c);
    }
    CHECK(repo.search(QStringLiteral("альфа"), 3).size() == 3); // name tier
    CHECK(repo.search(QStringLiteral("тверь"), 4).size() == 4); // full-text tier
    CHECK(repo.search(QStringLiteral("альфа"), 100).size() == 6);
    CHECK(repo.search(QStringLiteral("тверь"), 100).size() == 6);
    CHECK(repo.search(QStringLiteral("альфа"), 1).size() == 1);
    CHECK(repo.search(QStringLiteral("альфа"), 0).isEmpty());
    SearchIndex index(t.db().connection());
    CHECK(index.search(QStringLiteral("тверь"), 2).size() == 2);
}

TEST_CASE("an empty query finds nothing", "[search]")
{
    Base b;
    for (const QString &text :
         {QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("\t\n")}) {
        CHECK(b.find(text).isEmpty());
        CHECK(SearchIndex::matchExpression(text).isEmpty());
    }
}

TEST_CASE("FTS syntax typed by the user is searched for, never an error", "[search]")
{
    Base b;
    const Client anderson = saved(b.repo, company(QStringLiteral("Anderson & Sons")));
    SearchIndex index(b.t.db().connection());

    const QStringList texts = {
        QStringLiteral("\""),
        QStringLiteral("\"ромашка"),
        QStringLiteral("ромашка\""),
        QStringLiteral("\"ромашка\""),
        QStringLiteral("*"),
        QStringLiteral("ромашка*"),
        QStringLiteral("*ромашка"),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("ромашка AND"),
        QStringLiteral("NEAR("),
        QStringLiteral("-"),
        QStringLiteral("-ромашка"),
        QStringLiteral("ромашка -"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("(ромашка"),
        QStringLiteral("name:ромашка"),
        QStringLiteral("^ромашка"),
        QStringLiteral("+"),
        QStringLiteral("'"),
        QStringLiteral("ромашка'"),
        QStringLiteral("{name}"),
        QStringLiteral("ромашка OR лютик"),
        QStringLiteral("\\"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("8-"),
        QStringLiteral("(8)"),
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        QString error;
        const QList<qint64> found = index.search(text, 20, false, &error);
        CHECK(error.isEmpty());
        if (SearchText::words(text) == QStringList{QStringLiteral("ромашка")})
            CHECK(found.contains(b.romashka.id));
    }
    // Operators are words like any other.
    QString error;
    CHECK(index.search(QStringLiteral("AND"), 20, false, &error).contains(anderson.id));
    CHECK(error.isEmpty());
    CHECK(index.search(QStringLiteral("and sons"), 20, false, &error) ==
          QList<qint64>{anderson.id});
    CHECK(index.search(QStringLiteral("ромашка OR лютик"), 20, false, &error).isEmpty());
}
