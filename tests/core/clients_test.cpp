#include "catchqt.h"
#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "clients/emailaddress.h"
#include "clients/inn.h"
#include "clients/searchindex.h"
#include "demo/demogenerator.h"
#include "interactions/interactionrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>

namespace {

PhoneEntry phone(const QString &raw, const QString &label = QString())
{
    return PhoneEntry{0, label, raw, QString()};
}

EmailEntry email(const QString &raw, const QString &label = QString())
{
    return EmailEntry{0, label, raw, QString()};
}

Client company(const QString &name)
{
    Client c;
    c.kind = Client::Kind::Company;
    c.name = name;
    return c;
}

Client saved(ClientRepository &repo, Client c)
{
    QString error;
    INFO(c.name.toStdString());
    if (!repo.save(c, &error))
        FAIL(error.toStdString());
    return c;
}

int rowCount(const Database &db, const QString &sql, qint64 id = 0)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    if (sql.contains(QLatin1Char('?')))
        q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QList<qint64> ids(const QList<ClientListRow> &rows)
{
    QList<qint64> out;
    for (const ClientListRow &r : rows)
        out << r.id;
    return out;
}

// A company with everything its card can hold.
Client fullCompany(qint64 parentId)
{
    Client c = company(QStringLiteral("  ООО «Ромашка»  "));
    c.parentId = parentId;
    c.region = QStringLiteral("Свердловская обл.");
    c.city = QStringLiteral("Екатеринбург");
    c.address = QStringLiteral("ул. Ленина, д. 1");
    c.importance = QStringLiteral("A");
    c.source = QStringLiteral("Выставка");
    c.responsible = QStringLiteral("Петрова");
    c.notes = QStringLiteral("Звонить после обеда.\nНе раньше 14:00.");
    c.emailOptOut = true;
    c.phones << phone(QStringLiteral("8 (343) 555-12-34"), QStringLiteral("work"))
             << phone(QStringLiteral("+7 912 3456789"), QStringLiteral("mobile"))
             << phone(QStringLiteral("спросить у секретаря"));
    c.emails << email(QStringLiteral("Info@Romashka.Example"), QStringLiteral("work"))
             << email(QStringLiteral("не почта"));
    c.tags << QStringLiteral("Клиенты") << QStringLiteral("VIP");
    LegalEntity l;
    l.name = QStringLiteral("ООО «Ромашка»");
    l.inn = QStringLiteral("7707083893");
    l.kpp = QStringLiteral("770701001");
    l.ogrn = QStringLiteral("1027700132195");
    l.bankName = QStringLiteral("ПАО Сбербанк");
    l.bik = QStringLiteral("044525225");
    l.bankAccount = QStringLiteral("40702810900000000001");
    l.corrAccount = QStringLiteral("30101810400000000225");
    l.legalAddress = QStringLiteral("620000, Екатеринбург, ул. Ленина, д. 1");
    c.legalEntities << l;
    ContactPerson p;
    p.lastName = QStringLiteral("Сидоров");
    p.firstName = QStringLiteral("Иван");
    p.middleName = QStringLiteral("Петрович");
    p.position = QStringLiteral("Генеральный директор");
    p.birthday = QDate(1980, 5, 17);
    p.notes = QStringLiteral("Любит теннис");
    p.phones << phone(QStringLiteral("89123456780"), QStringLiteral("mobile"));
    p.emails << email(QStringLiteral("Ivan@Romashka.Example"));
    c.contacts << p;
    ContactPerson q;
    q.lastName = QStringLiteral("Ёлкина");
    q.firstName = QStringLiteral("Анна");
    q.phones << phone(QStringLiteral("+7 (343) 555-12-35"));
    c.contacts << q;
    return c;
}

} // namespace

TEST_CASE("a company is saved and loaded with everything it holds", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const Client parent = saved(repo, company(QStringLiteral("Холдинг Альфа")));

    Client c = fullCompany(parent.id);
    QString error;
    REQUIRE(repo.save(c, &error));
    CHECK(error.isEmpty());
    REQUIRE(c.id > 0);
    CHECK(c.name == QStringLiteral("ООО «Ромашка»")); // trimmed
    for (const PhoneEntry &p : c.phones)
        CHECK(p.id > 0);
    REQUIRE(c.contacts.size() == 2);
    CHECK(c.contacts[0].id > 0);
    CHECK(c.contacts[0].phones[0].id > 0);
    CHECK(c.legalEntities[0].id > 0);

    const std::optional<Client> l = repo.load(c.id, &error);
    REQUIRE(l);
    CHECK(l->id == c.id);
    CHECK(l->kind == Client::Kind::Company);
    CHECK(l->name == QStringLiteral("ООО «Ромашка»"));
    CHECK(l->firstName.isEmpty());
    CHECK(l->parentId == parent.id);
    CHECK(l->parentName == QStringLiteral("Холдинг Альфа"));
    CHECK(l->region == QStringLiteral("Свердловская обл."));
    CHECK(l->city == QStringLiteral("Екатеринбург"));
    CHECK(l->address == QStringLiteral("ул. Ленина, д. 1"));
    CHECK(l->importance == QStringLiteral("A"));
    CHECK(l->source == QStringLiteral("Выставка"));
    CHECK(l->responsible == QStringLiteral("Петрова"));
    CHECK(l->notes == QStringLiteral("Звонить после обеда.\nНе раньше 14:00."));
    CHECK(l->emailOptOut);
    CHECK_FALSE(l->smsOptOut);
    CHECK_FALSE(l->archived);
    CHECK(l->lastContactAt.isEmpty());
    CHECK_FALSE(l->createdAt.isEmpty());
    CHECK(l->createdAt == c.createdAt);
    CHECK(l->updatedAt == c.updatedAt);

    // Phones: as typed, with the E.164 form beside; the bad one kept and marked.
    REQUIRE(l->phones.size() == 3);
    CHECK(l->phones[0].raw == QStringLiteral("8 (343) 555-12-34"));
    CHECK(l->phones[0].e164 == QStringLiteral("+73435551234"));
    CHECK(l->phones[0].label == QStringLiteral("work"));
    CHECK(l->phones[1].e164 == QStringLiteral("+79123456789"));
    CHECK(l->phones[1].raw == QStringLiteral("+7 912 3456789"));
    CHECK(l->phones[2].raw == QStringLiteral("спросить у секретаря"));
    CHECK_FALSE(l->phones[2].isValid());
    CHECK(l->phones == c.phones);

    // E-mails: as typed and lower-cased.
    REQUIRE(l->emails.size() == 2);
    CHECK(l->emails[0].raw == QStringLiteral("Info@Romashka.Example"));
    CHECK(l->emails[0].address == QStringLiteral("info@romashka.example"));
    CHECK(l->emails[1].raw == QStringLiteral("не почта"));
    CHECK_FALSE(l->emails[1].isValid());
    CHECK(l->emails == c.emails);

    CHECK(l->tags == QStringList{QStringLiteral("VIP"), QStringLiteral("Клиенты")});

    REQUIRE(l->legalEntities.size() == 1);
    CHECK(l->legalEntities[0] == c.legalEntities[0]);
    CHECK(l->legalEntities[0].inn == QStringLiteral("7707083893"));
    CHECK(l->legalEntities[0].bankAccount == QStringLiteral("40702810900000000001"));

    REQUIRE(l->contacts.size() == 2);
    const ContactPerson &ivan = l->contacts[0];
    CHECK(ivan.fullName() == QStringLiteral("Сидоров Иван Петрович"));
    CHECK(ivan.position == QStringLiteral("Генеральный директор"));
    CHECK(ivan.birthday == QDate(1980, 5, 17));
    CHECK(ivan.notes == QStringLiteral("Любит теннис"));
    REQUIRE(ivan.phones.size() == 1);
    CHECK(ivan.phones[0].e164 == QStringLiteral("+79123456780"));
    REQUIRE(ivan.emails.size() == 1);
    CHECK(ivan.emails[0].raw == QStringLiteral("Ivan@Romashka.Example"));
    CHECK(ivan.emails[0].address == QStringLiteral("ivan@romashka.example"));
    CHECK(l->contacts[1].fullName() == QStringLiteral("Ёлкина Анна"));
    CHECK_FALSE(l->contacts[1].birthday.isValid());
    CHECK(l->contacts[1].phones[0].e164 == QStringLiteral("+73435551235"));
    CHECK(l->contacts == c.contacts);

    // The parent sees nothing of the child's data.
    const auto p = repo.load(parent.id);
    REQUIRE(p);
    CHECK(p->phones.isEmpty());
    CHECK(p->contacts.isEmpty());
    CHECK(p->parentId == 0);
}

TEST_CASE("loading a client that does not exist says so", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    QString error;
    CHECK_FALSE(repo.load(4242, &error));
    CHECK(error.contains(QStringLiteral("4242")));
}

TEST_CASE("an update removes what was deleted from the card and keeps the rest", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const Client parent = saved(repo, company(QStringLiteral("Холдинг")));
    Client c = saved(repo, fullCompany(parent.id));
    const qint64 keptPhone = c.phones[0].id;
    const qint64 keptContact = c.contacts[1].id;

    c.phones.removeAt(1);
    c.phones[0].raw = QStringLiteral("+7 343 555 00 00");
    c.emails.removeAt(1);
    c.contacts.removeAt(0); // Сидоров and his phone and e-mail
    c.legalEntities.clear();
    c.tags = QStringList{QStringLiteral("Новые")};
    c.parentId = 0;
    c.city = QStringLiteral("Пермь");
    REQUIRE(repo.save(c));

    const auto l = repo.load(c.id);
    REQUIRE(l);
    CHECK(l->city == QStringLiteral("Пермь"));
    CHECK(l->parentId == 0);
    CHECK(l->parentName.isEmpty());
    REQUIRE(l->phones.size() == 2);
    CHECK(l->phones[0].id == keptPhone);
    CHECK(l->phones[0].e164 == QStringLiteral("+73435550000"));
    CHECK(l->phones[1].raw == QStringLiteral("спросить у секретаря"));
    REQUIRE(l->emails.size() == 1);
    CHECK(l->emails[0].address == QStringLiteral("info@romashka.example"));
    REQUIRE(l->contacts.size() == 1);
    CHECK(l->contacts[0].id == keptContact);
    CHECK(l->legalEntities.isEmpty());
    CHECK(l->tags == QStringList{QStringLiteral("Новые")});

    // Nothing of the removed rows is left behind in the file.
    CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM phones")) == 3);
    CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM emails")) == 1);
    CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM contact_persons")) == 1);
    CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM legal_entities")) == 0);
    CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM client_tags")) == 1);
}

TEST_CASE("a phone or e-mail carried over from another card is added, and stays on both",
          "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    Client first = saved(repo, company(QStringLiteral("Первая")));
    Client second = company(QStringLiteral("Вторая"));
    first.phones << phone(QStringLiteral("8 (495) 111-22-33"));
    first.emails << email(QStringLiteral("office@first.example"));
    REQUIRE(repo.save(first));
    // The entries keep the first card's ids, as a copy of its lists would.
    second.phones = first.phones;
    second.emails = first.emails;
    second = saved(repo, second);

    const auto a = repo.load(first.id);
    const auto b = repo.load(second.id);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a->phones.size() == 1);
    REQUIRE(b->phones.size() == 1);
    CHECK(b->phones[0].e164 == QStringLiteral("+74951112233"));
    CHECK(b->phones[0].id != a->phones[0].id);
    REQUIRE(b->emails.size() == 1);
    CHECK(b->emails[0].address == QStringLiteral("office@first.example"));
    CHECK(b->emails[0].id != a->emails[0].id);

    // And so into a card that was saved before.
    Client third = saved(repo, company(QStringLiteral("Третья")));
    third.phones = first.phones;
    REQUIRE(repo.save(third));
    const auto c = repo.load(third.id);
    REQUIRE(c);
    REQUIRE(c->phones.size() == 1);
    CHECK(c->phones[0].raw == QStringLiteral("8 (495) 111-22-33"));
    CHECK(repo.load(first.id)->phones == a->phones);
}

TEST_CASE("a person's name is made of the name parts", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    Client p;
    p.kind = Client::Kind::Person;
    p.lastName = QStringLiteral(" Ёлкин ");
    p.firstName = QStringLiteral("Пётр");
    p.middleName = QStringLiteral("Ильич");
    REQUIRE(repo.save(p));
    CHECK(p.name == QStringLiteral("Ёлкин Пётр Ильич"));

    const auto l = repo.load(p.id);
    REQUIRE(l);
    CHECK(l->kind == Client::Kind::Person);
    CHECK(l->name == QStringLiteral("Ёлкин Пётр Ильич"));
    CHECK(l->lastName == QStringLiteral("Ёлкин"));
    CHECK(l->firstName == QStringLiteral("Пётр"));
    CHECK(l->middleName == QStringLiteral("Ильич"));

    // Only a first name: the name is that.
    Client anna;
    anna.kind = Client::Kind::Person;
    anna.firstName = QStringLiteral("Анна");
    REQUIRE(repo.save(anna));
    CHECK(repo.load(anna.id)->name == QStringLiteral("Анна"));

    // Renaming the parts renames the person.
    Client edited = *l;
    edited.lastName = QStringLiteral("Елкин");
    REQUIRE(repo.save(edited));
    CHECK(repo.load(p.id)->name == QStringLiteral("Елкин Пётр Ильич"));
}

TEST_CASE("invalid clients are refused with a message and nothing is written", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    QString error;

    SECTION("a company without a name")
    {
        Client c = company(QStringLiteral("   "));
        CHECK_FALSE(repo.save(c, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(c.id == 0);
    }
    SECTION("a person without any name")
    {
        Client c;
        c.kind = Client::Kind::Person;
        c.middleName = QStringLiteral(" ");
        CHECK_FALSE(repo.save(c, &error));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("an importance other than A, B or C")
    {
        Client c = company(QStringLiteral("ООО Ромашка"));
        c.importance = QStringLiteral("D");
        CHECK_FALSE(repo.save(c, &error));
        CHECK(error.contains(QStringLiteral("\"D\"")));
        c.importance = QStringLiteral("a");
        CHECK_FALSE(repo.save(c, &error));
    }
    SECTION("a client that is its own group")
    {
        Client c = saved(repo, company(QStringLiteral("ООО Ромашка")));
        c.parentId = c.id;
        c.city = QStringLiteral("Пермь");
        CHECK_FALSE(repo.save(c, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(repo.load(c.id)->city.isEmpty());
        CHECK(repo.load(c.id)->parentId == 0);
    }
    SECTION("an update of a client that does not exist")
    {
        Client c = company(QStringLiteral("Призрак"));
        c.id = 777;
        c.phones << phone(QStringLiteral("89123456789"));
        CHECK_FALSE(repo.save(c, &error));
        CHECK(error.contains(QStringLiteral("777")));
        CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM phones")) == 0);
    }
    SECTION("a parent that does not exist")
    {
        Client c = company(QStringLiteral("ООО Ромашка"));
        c.parentId = 999;
        c.phones << phone(QStringLiteral("89123456789"));
        CHECK_FALSE(repo.save(c, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM phones")) == 0);
    }
    CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM clients WHERE name <> "
                                          "'ООО Ромашка'")) == 0);
    CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM clients_fts")) ==
          rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM clients")));
}

TEST_CASE("archived clients leave the list and come back on restore", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const Client a = saved(repo, company(QStringLiteral("Альфа")));
    const Client b = saved(repo, company(QStringLiteral("Бета")));
    const Client c = saved(repo, company(QStringLiteral("Гамма")));

    ClientListQuery active;
    ClientListQuery archived;
    archived.archived = true;
    CHECK(repo.count(active) == 3);
    CHECK(repo.count(archived) == 0);

    QString error;
    REQUIRE(repo.setArchived(b.id, true, &error));
    CHECK(repo.count(active) == 2);
    CHECK(ids(repo.page(active, std::nullopt, false, 0, 100)) == QList<qint64>{a.id, c.id});
    CHECK(repo.count(archived) == 1);
    const QList<ClientListRow> shelf = repo.page(archived, std::nullopt, false, 0, 100);
    REQUIRE(shelf.size() == 1);
    CHECK(shelf[0].id == b.id);
    CHECK(shelf[0].archived);
    CHECK(repo.load(b.id)->archived);
    CHECK(repo.allIds() == QList<qint64>{a.id, c.id});
    CHECK(repo.allIds(true) == QList<qint64>{a.id, b.id, c.id});

    REQUIRE(repo.setArchived(b.id, false, &error));
    CHECK(repo.count(active) == 3);
    CHECK(repo.count(archived) == 0);
    CHECK_FALSE(repo.load(b.id)->archived);

    CHECK_FALSE(repo.setArchived(4242, true, &error));
    CHECK(error.contains(QStringLiteral("4242")));
}

TEST_CASE("removing a client for good takes everything of it along", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const Client holding = saved(repo, company(QStringLiteral("Холдинг")));
    Client other = company(QStringLiteral("Другой"));
    other.phones << phone(QStringLiteral("89120000000"));
    other = saved(repo, other);
    Client c = saved(repo, fullCompany(holding.id));
    Client child = company(QStringLiteral("Дочка"));
    child.parentId = c.id;
    child = saved(repo, child);
    REQUIRE(repo.addRelation(c.id, other.id, Relation::Type::Partner, QString()));
    REQUIRE(repo.addRelation(other.id, c.id, Relation::Type::Competitor, QString()));

    InteractionRepository interactions(t.db());
    Interaction call;
    call.clientId = c.id;
    call.contactId = c.contacts[0].id;
    call.type = Interaction::Type::CallOut;
    call.occurredAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    REQUIRE(interactions.save(call));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kp.txt"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("offer");
    }
    AttachmentRepository attachments(t.db());
    REQUIRE(attachments.addFile(c.id, 0, file));
    REQUIRE(attachments.addFile(c.id, c.contacts[0].id, file));
    REQUIRE(repo.search(QStringLiteral("ромашка"), 10).size() == 1);

    QString error;
    REQUIRE(repo.removeForever(c.id, &error));
    CHECK_FALSE(repo.load(c.id));
    CHECK(repo.search(QStringLiteral("ромашка"), 10).isEmpty());
    CHECK(repo.search(QStringLiteral("сидоров"), 10).isEmpty());
    CHECK(repo.count(ClientListQuery()) == 3);

    auto count = [&](const char *table) {
        return rowCount(t.db(),
                        QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    };
    CHECK(count("phones") == 1); // the other client's
    CHECK(count("emails") == 0);
    CHECK(count("contact_persons") == 0);
    CHECK(count("legal_entities") == 0);
    CHECK(count("client_tags") == 0);
    CHECK(count("relations") == 0);
    CHECK(count("interactions") == 0);
    CHECK(count("attachments") == 0);
    CHECK(count("clients_fts") == 3);

    // Its group member stays, no longer in a group; the other side loses the relation.
    const auto orphan = repo.load(child.id);
    REQUIRE(orphan);
    CHECK(orphan->parentId == 0);
    CHECK(repo.load(other.id)->relations.isEmpty());
    CHECK(repo.load(other.id)->phones.size() == 1);

    CHECK_FALSE(repo.removeForever(c.id, &error));
    CHECK(error.contains(QString::number(c.id)));
}

TEST_CASE("a relation shows on both clients' cards", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const Client a = saved(repo, company(QStringLiteral("Альфа")));
    const Client b = saved(repo, company(QStringLiteral("Бета")));

    QString error;
    REQUIRE(repo.addRelation(a.id, b.id, Relation::Type::ReferredBy,
                             QStringLiteral("через выставку"), &error));
    const auto la = repo.load(a.id);
    REQUIRE(la->relations.size() == 1);
    CHECK(la->relations[0].otherId == b.id);
    CHECK(la->relations[0].otherName == QStringLiteral("Бета"));
    CHECK(la->relations[0].type == Relation::Type::ReferredBy);
    CHECK(la->relations[0].outgoing);
    CHECK(la->relations[0].note == QStringLiteral("через выставку"));

    const auto lb = repo.load(b.id);
    REQUIRE(lb->relations.size() == 1);
    CHECK(lb->relations[0].otherId == a.id);
    CHECK(lb->relations[0].otherName == QStringLiteral("Альфа"));
    CHECK(lb->relations[0].type == Relation::Type::ReferredBy);
    CHECK_FALSE(lb->relations[0].outgoing);
    CHECK(lb->relations[0].id == la->relations[0].id);

    // Saving a card does not lose its relations.
    Client edited = *la;
    edited.city = QStringLiteral("Тула");
    REQUIRE(repo.save(edited));
    CHECK(repo.load(a.id)->relations.size() == 1);

    CHECK_FALSE(repo.addRelation(a.id, a.id, Relation::Type::Partner, QString(), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(repo.addRelation(a.id, b.id, Relation::Type::ReferredBy, QString()));
    CHECK(repo.addRelation(a.id, b.id, Relation::Type::Partner, QString()));
    CHECK(repo.load(b.id)->relations.size() == 2);

    REQUIRE(repo.removeRelation(la->relations[0].id));
    CHECK(repo.load(a.id)->relations.size() == 1);
    CHECK(repo.load(b.id)->relations.size() == 1);
    CHECK(repo.load(b.id)->relations[0].type == Relation::Type::Partner);
}

namespace {

QVariant sortValue(const ClientListRow &r, ClientListQuery::SortColumn column)
{
    switch (column) {
    case ClientListQuery::SortColumn::Name:
        return SearchIndex::nameKey(r.name);
    case ClientListQuery::SortColumn::City:
        return r.city;
    case ClientListQuery::SortColumn::Region:
        return r.region;
    case ClientListQuery::SortColumn::Importance:
        return r.importance;
    case ClientListQuery::SortColumn::LastContact:
        return r.lastContactAt;
    case ClientListQuery::SortColumn::Created:
        return r.createdAt;
    case ClientListQuery::SortColumn::OpenDeals: // numeric: its own test in deals_test
        return r.openDealsAmount;
    }
    return {};
}

// The plain expectation: every matching row, sorted by (value, id) in memory.
QList<ClientListRow> expected(QList<ClientListRow> all, const ClientListQuery &q)
{
    QList<ClientListRow> out;
    for (const ClientListRow &r : all) {
        if (r.archived != q.archived || (!q.region.isEmpty() && r.region != q.region) ||
            (!q.importance.isEmpty() && r.importance != q.importance) ||
            (!q.kind.isEmpty() && r.kind != q.kind))
            continue;
        out << r;
    }
    std::sort(out.begin(), out.end(), [&](const ClientListRow &a, const ClientListRow &b) {
        const int c =
            QString::compare(sortValue(a, q.sort).toString(), sortValue(b, q.sort).toString());
        const bool less = c != 0 ? c < 0 : a.id < b.id;
        const bool greater = c != 0 ? c > 0 : a.id > b.id;
        return q.order == Qt::AscendingOrder ? less : greater;
    });
    return out;
}

ClientSortKey keyOf(const ClientListRow &r, ClientListQuery::SortColumn column)
{
    return ClientSortKey{sortValue(r, column), r.id};
}

// A base with many equal cities, regions, importances and empty last contacts.
QList<ClientListRow> seedList(TestDatabase &t, ClientRepository &repo)
{
    DemoGenerator::Options o;
    o.clients = 90;
    o.seed = 7;
    REQUIRE(DemoGenerator(t.db()).generate(o));
    // Same-second clients with equal names, so only the id breaks ties.
    for (int i = 0; i < 4; ++i) {
        Client c = company(QStringLiteral("ООО Двойник"));
        c.city = QStringLiteral("Москва");
        saved(repo, c);
    }
    QList<qint64> all = repo.allIds(true);
    for (int i = 0; i < all.size(); i += 9)
        REQUIRE(repo.setArchived(all[i], true));
    return repo.rows(repo.allIds(true));
}

} // namespace

TEST_CASE("the client list pages by keyset in every sort order", "[clients][paging]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const QList<ClientListRow> all = seedList(t, repo);
    REQUIRE(all.size() == 94);

    const auto column =
        GENERATE(ClientListQuery::SortColumn::Name, ClientListQuery::SortColumn::City,
                 ClientListQuery::SortColumn::Region, ClientListQuery::SortColumn::Importance,
                 ClientListQuery::SortColumn::LastContact, ClientListQuery::SortColumn::Created);
    const auto order = GENERATE(Qt::AscendingOrder, Qt::DescendingOrder);
    const bool archivedList = GENERATE(false, true);
    ClientListQuery q;
    q.sort = column;
    q.order = order;
    q.archived = archivedList;
    INFO("sort column " << int(column) << ", order " << int(order) << ", archived "
                        << archivedList);

    const QList<ClientListRow> want = expected(all, q);
    REQUIRE(want.size() > 7);
    REQUIRE(repo.count(q) == want.size());

    SECTION("forward in pages of 7")
    {
        QList<qint64> walked;
        std::optional<ClientSortKey> from;
        for (int guard = 0; guard < 100; ++guard) {
            const QList<ClientListRow> page = repo.page(q, from, false, 0, 7);
            if (page.isEmpty())
                break;
            CHECK(page.size() == std::min<qsizetype>(7, want.size() - walked.size()));
            for (const ClientListRow &r : page)
                CHECK(r.sortValue.toString() == sortValue(r, column).toString());
            walked << ids(page);
            from = ClientSortKey{page.last().sortValue, page.last().id};
        }
        CHECK(walked == ids(want));
    }

    SECTION("backward in pages of 7 from the end")
    {
        QList<qint64> walked{want.last().id};
        std::optional<ClientSortKey> from = keyOf(want.last(), column);
        for (int guard = 0; guard < 100; ++guard) {
            const QList<ClientListRow> page = repo.page(q, from, true, 0, 7);
            if (page.isEmpty())
                break;
            walked = ids(page) + walked;
            from = ClientSortKey{page.first().sortValue, page.first().id};
        }
        CHECK(walked == ids(want));
    }

    SECTION("a page from the middle, with an offset")
    {
        CHECK(ids(repo.page(q, std::nullopt, false, 3, 4)) == ids(want.mid(3, 4)));
        CHECK(ids(repo.page(q, keyOf(want[2], column), false, 0, 5)) == ids(want.mid(3, 5)));
        CHECK(ids(repo.page(q, keyOf(want[2], column), false, 2, 3)) == ids(want.mid(5, 3)));
        CHECK(ids(repo.page(q, keyOf(want[7], column), true, 0, 4)) == ids(want.mid(3, 4)));
        CHECK(ids(repo.page(q, keyOf(want[7], column), true, 2, 3)) == ids(want.mid(2, 3)));
        CHECK(ids(repo.page(q, keyOf(want.last(), column), false, 0, 7)).isEmpty());
        CHECK(ids(repo.page(q, keyOf(want.first(), column), true, 0, 7)).isEmpty());
        CHECK(ids(repo.page(q, std::nullopt, false, int(want.size()), 7)).isEmpty());
    }
}

TEST_CASE("the client list filters by region, importance, kind and tag", "[clients][paging]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const QList<ClientListRow> all = seedList(t, repo);

    auto check = [&](const ClientListQuery &q, const QList<ClientListRow> &want) {
        REQUIRE_FALSE(want.isEmpty());
        CHECK(repo.count(q) == want.size());
        CHECK(ids(repo.page(q, std::nullopt, false, 0, 1000)) == ids(want));
    };

    SECTION("region")
    {
        ClientListQuery q;
        q.region = QStringLiteral("Свердловская обл.");
        const QList<ClientListRow> want = expected(all, q);
        for (const ClientListRow &r : want)
            CHECK(r.region == q.region);
        CHECK(want.size() < expected(all, ClientListQuery()).size());
        check(q, want);
    }
    SECTION("importance, sorted by city")
    {
        ClientListQuery q;
        q.importance = QStringLiteral("A");
        q.sort = ClientListQuery::SortColumn::City;
        check(q, expected(all, q));
        q.importance = QStringLiteral("C");
        check(q, expected(all, q));
    }
    SECTION("kind")
    {
        ClientListQuery q;
        q.kind = QStringLiteral("person");
        check(q, expected(all, q));
        q.kind = QStringLiteral("company");
        check(q, expected(all, q));
    }
    SECTION("region and importance together")
    {
        ClientListQuery q;
        q.region = QStringLiteral("Москва");
        q.importance = QStringLiteral("C");
        q.order = Qt::DescendingOrder;
        const QList<ClientListRow> want = expected(all, q);
        CHECK(repo.count(q) == want.size());
        CHECK(ids(repo.page(q, std::nullopt, false, 0, 1000)) == ids(want));
    }
    SECTION("tag")
    {
        Client a = company(QStringLiteral("С меткой один"));
        a.tags << QStringLiteral("Expo-2025");
        a = saved(repo, a);
        Client b = company(QStringLiteral("С меткой два"));
        b.tags << QStringLiteral("expo-2025") << QStringLiteral("VIP"); // same tag, any case
        b = saved(repo, b);
        Client c = company(QStringLiteral("Без меток"));
        c = saved(repo, c);

        qint64 tagId = 0;
        for (const auto &[id, name] : repo.tags())
            if (name.compare(QStringLiteral("Expo-2025"), Qt::CaseInsensitive) == 0)
                tagId = id;
        REQUIRE(tagId != 0);
        ClientListQuery q;
        q.tagId = tagId;
        CHECK(repo.count(q) == 2);
        CHECK(ids(repo.page(q, std::nullopt, false, 0, 100)) == QList<qint64>{b.id, a.id});
        CHECK(repo.load(b.id)->tags.contains(QStringLiteral("Expo-2025")));
    }
}

TEST_CASE("tags that differ only in case are one tag, in Cyrillic too", "[clients]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    Client a = company(QStringLiteral("Альфа"));
    a.tags << QStringLiteral("Клиенты");
    a = saved(repo, a);
    Client b = company(QStringLiteral("Бета"));
    b.tags << QStringLiteral("клиенты") << QStringLiteral("КЛИЕНТЫ");
    b = saved(repo, b);

    const auto tags = repo.tags();
    REQUIRE(tags.size() == 1);
    CHECK(tags[0].second == QStringLiteral("Клиенты"));
    CHECK(repo.load(b.id)->tags == QStringList{QStringLiteral("Клиенты")});
    ClientListQuery q;
    q.tagId = tags[0].first;
    CHECK(repo.count(q) == 2);
}

TEST_CASE("the timeline shows interactions newest first and keeps the last contact",
          "[interactions]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    Client c = fullCompany(0);
    c = saved(repo, c);
    const Client other = saved(repo, company(QStringLiteral("Другой")));
    InteractionRepository timeline(t.db());

    auto at = [](int month, int day) {
        return QDateTime(QDate(2024, month, day), QTime(12, 30), Qt::UTC);
    };
    Interaction first;
    first.clientId = c.id;
    first.type = Interaction::Type::CallIn;
    first.occurredAt = at(1, 10);
    first.durationSec = 95;
    first.subject = QStringLiteral("Первичный контакт");
    Interaction latest;
    latest.clientId = c.id;
    latest.contactId = c.contacts[0].id;
    latest.type = Interaction::Type::Meeting;
    latest.occurredAt = at(3, 5);
    latest.text = QStringLiteral("Обсудили цену");
    latest.result = QStringLiteral("Отправить КП");
    Interaction middle;
    middle.clientId = c.id;
    middle.type = Interaction::Type::Email;
    // Entered in another time zone: stored in UTC.
    middle.occurredAt = QDateTime(QDate(2024, 2, 1), QTime(15, 0), QTimeZone(5 * 3600));
    Interaction elsewhere;
    elsewhere.clientId = other.id;
    elsewhere.type = Interaction::Type::Note;
    elsewhere.occurredAt = at(6, 1);

    QString error;
    REQUIRE(timeline.save(first, &error));
    REQUIRE(timeline.save(latest, &error));
    REQUIRE(timeline.save(middle, &error));
    REQUIRE(timeline.save(elsewhere, &error));

    const QList<Interaction> list = timeline.forClient(c.id);
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == latest.id);
    CHECK(list[1].id == middle.id);
    CHECK(list[2].id == first.id);
    CHECK(list[0].type == Interaction::Type::Meeting);
    CHECK(list[0].contactId == c.contacts[0].id);
    CHECK(list[0].contactName == QStringLiteral("Сидоров Иван"));
    CHECK(list[0].text == QStringLiteral("Обсудили цену"));
    CHECK(list[0].result == QStringLiteral("Отправить КП"));
    CHECK(list[1].occurredAt == QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC));
    CHECK(list[2].durationSec == 95);
    CHECK(list[2].subject == QStringLiteral("Первичный контакт"));
    CHECK(list[2].contactName.isEmpty());

    CHECK(repo.load(c.id)->lastContactAt == QStringLiteral("2024-03-05T12:30:00Z"));
    CHECK(repo.load(other.id)->lastContactAt == QStringLiteral("2024-06-01T12:30:00Z"));

    // An older interaction added later does not move the last contact back.
    Interaction old;
    old.clientId = c.id;
    old.occurredAt = at(1, 1);
    REQUIRE(timeline.save(old));
    CHECK(repo.load(c.id)->lastContactAt == QStringLiteral("2024-03-05T12:30:00Z"));

    REQUIRE(timeline.remove(latest.id, &error));
    CHECK(repo.load(c.id)->lastContactAt == QStringLiteral("2024-02-01T10:00:00Z"));

    // Moving an interaction in time moves the last contact.
    first.occurredAt = at(4, 20);
    REQUIRE(timeline.save(first));
    CHECK(repo.load(c.id)->lastContactAt == QStringLiteral("2024-04-20T12:30:00Z"));
    CHECK(timeline.forClient(c.id).first().id == first.id);

    for (const Interaction &i : timeline.forClient(c.id))
        REQUIRE(timeline.remove(i.id));
    CHECK(timeline.forClient(c.id).isEmpty());
    CHECK(repo.load(c.id)->lastContactAt.isEmpty());
    CHECK(repo.load(other.id)->lastContactAt == QStringLiteral("2024-06-01T12:30:00Z"));

    Interaction nowhere;
    nowhere.occurredAt = at(1, 1);
    CHECK_FALSE(timeline.save(nowhere, &error));
    CHECK_FALSE(error.isEmpty());
    Interaction never;
    never.clientId = c.id;
    CHECK_FALSE(timeline.save(never));
}

TEST_CASE("files are attached, read back and saved out", "[attachments]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const Client c = saved(repo, fullCompany(0));
    const Client other = saved(repo, company(QStringLiteral("Другой")));
    AttachmentRepository files(t.db());
    QTemporaryDir dir;

    const QByteArray text =
        QStringLiteral("Коммерческое предложение\nЦена: 100 ₽\n")
            .toUtf8();
    const QString textPath = dir.filePath(QStringLiteral("предложение.txt"));
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary += char(i * 7 % 256);
    const QString binaryPath = dir.filePath(QStringLiteral("scan.bin"));
    for (const auto &[path, bytes] : {std::pair{textPath, text}, std::pair{binaryPath, binary}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }

    Attachment a;
    QString error;
    REQUIRE(files.addFile(c.id, 0, textPath, &a, &error));
    CHECK(a.id > 0);
    CHECK(a.clientId == c.id);
    CHECK(a.name == QStringLiteral("предложение.txt"));
    CHECK(a.mime == QStringLiteral("text/plain"));
    CHECK(a.size == text.size());
    CHECK(files.data(a.id) == text);

    Attachment b;
    REQUIRE(files.addFile(c.id, c.contacts[0].id, binaryPath, &b, &error));
    CHECK(b.contactId == c.contacts[0].id);
    CHECK(b.clientId == 0);
    CHECK(files.data(b.id) == binary);

    const QList<Attachment> listed = files.forClient(c.id);
    REQUIRE(listed.size() == 2);
    CHECK(QList<qint64>{listed[0].id, listed[1].id} == QList<qint64>{b.id, a.id});
    CHECK(listed[1].name == QStringLiteral("предложение.txt"));
    CHECK(listed[1].size == text.size());
    CHECK(files.forClient(other.id).isEmpty());

    const QString out = dir.filePath(QStringLiteral("out/copy.bin"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
    REQUIRE(files.saveTo(b.id, out, &error));
    QFile copy(out);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == binary);
    CHECK_FALSE(files.saveTo(b.id, dir.filePath(QStringLiteral("missing/dir/x.bin")), &error));
    CHECK(error.contains(QStringLiteral("x.bin")));

    REQUIRE(files.remove(a.id));
    CHECK(files.forClient(c.id).size() == 1);
    CHECK(files.data(a.id).isEmpty());

    // A file that cannot be read.
    CHECK_FALSE(files.addFile(c.id, 0, dir.filePath(QStringLiteral("nope.pdf")), nullptr, &error));
    CHECK(error.contains(QStringLiteral("nope.pdf")));
}

TEST_CASE("files over 50 MB are refused with a message", "[attachments]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    const Client c = saved(repo, company(QStringLiteral("ООО Ромашка")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("video.mp4"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(AttachmentRepository::kMaxSize + 1)); // sparse: no 50 MB written
    }
    REQUIRE(QFileInfo(path).size() > 50 * 1024 * 1024);

    AttachmentRepository files(t.db());
    QString error;
    CHECK_FALSE(files.addFile(c.id, 0, path, nullptr, &error));
    CHECK(error.contains(QStringLiteral("video.mp4")));
    CHECK(error.contains(QStringLiteral("50 MB")));
    CHECK(files.forClient(c.id).isEmpty());
}

TEST_CASE("demo data is realistic, repeatable and searchable", "[demo]")
{
    TestDatabase t;
    DemoGenerator::Options o;
    o.clients = 300;
    o.seed = 2025;
    int lastProgress = 0;
    QString error;
    REQUIRE(DemoGenerator(t.db()).generate(
        o,
        [&](int done, int total) {
            CHECK(total == 300);
            lastProgress = done;
            return true;
        },
        &error));
    CHECK(lastProgress == 300);
    ClientRepository repo(t.db());
    CHECK(repo.count(ClientListQuery()) == 300);
    // Loaded without checks of foreign keys: none is broken, and the checks
    // are back on.
    {
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }

    auto names = [](const ClientRepository &r) {
        QStringList out;
        for (const ClientListRow &row : r.rows(r.allIds(true)))
            out << row.name;
        return out;
    };
    const QStringList first = names(repo);
    REQUIRE(first.size() == 300);

    SECTION("the same seed gives the same clients")
    {
        TestDatabase again;
        REQUIRE(DemoGenerator(again.db()).generate(o));
        CHECK(names(ClientRepository(again.db())) == first);

        TestDatabase different;
        o.seed = 2026;
        REQUIRE(DemoGenerator(different.db()).generate(o));
        CHECK(names(ClientRepository(different.db())) != first);
    }

    SECTION("companies and people, Russian and Latin")
    {
        ClientListQuery people;
        people.kind = QStringLiteral("person");
        ClientListQuery companies;
        companies.kind = QStringLiteral("company");
        CHECK(repo.count(people) > 50);
        CHECK(repo.count(companies) > 100);
        const QString all = first.join(QLatin1Char('\n'));
        CHECK(all.contains(QRegularExpression(QStringLiteral("[А-Яа-яЁё]"))));
        CHECK(all.contains(QRegularExpression(QStringLiteral("^[A-Za-z ]+$"),
                                              QRegularExpression::MultilineOption)));
        CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM interactions")) > 100);
        CHECK(rowCount(t.db(), QStringLiteral("SELECT COUNT(*) FROM contact_persons")) > 100);
    }

    SECTION("every demo phone and e-mail is what the normalisers make of it")
    {
        const PhoneNormalizer normalizer;
        int checked = 0;
        for (qint64 id : repo.allIds()) {
            const auto c = repo.load(id);
            REQUIRE(c);
            QList<PhoneEntry> phones = c->phones;
            QList<EmailEntry> emails = c->emails;
            for (const ContactPerson &p : c->contacts) {
                phones << p.phones;
                emails << p.emails;
            }
            for (const PhoneEntry &p : phones) {
                INFO(p.raw.toStdString());
                CHECK(normalizer.toE164(p.raw) == p.e164);
                ++checked;
            }
            for (const EmailEntry &e : emails) {
                INFO(e.raw.toStdString());
                CHECK(EmailAddress::isValid(e.raw));
                CHECK(e.address == EmailAddress::normalize(e.raw));
            }
            for (const LegalEntity &l : c->legalEntities)
                CHECK(Inn::isValid(l.inn));
        }
        CHECK(checked > 300);
    }

    SECTION("demo clients are found by name, phone and city")
    {
        const QList<qint64> allIds = repo.allIds();
        for (int i = 0; i < allIds.size(); i += 37) {
            const auto c = repo.load(allIds[i]);
            REQUIRE(c);
            INFO(c->name.toStdString());
            CHECK(ids(repo.search(c->name, 300)).contains(c->id));
            REQUIRE_FALSE(c->phones.isEmpty());
            CHECK(ids(repo.search(c->phones[0].e164.mid(2, 6), 300)).contains(c->id));
            CHECK(ids(repo.search(c->phones[0].raw, 300)).contains(c->id));
        }
    }
}
