#include "audit/auditrepository.h"
#include "catchqt.h"
#include "clients/clientrepository.h"
#include "demo/demogenerator.h"
#include "settings/settingsrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace {

Client saved(ClientRepository &repo, Client c)
{
    QString error;
    if (!repo.save(c, &error))
        FAIL(error.toStdString());
    return c;
}

// A company with a phone, a contact with a phone, and a legal entity.
Client romashka()
{
    Client c;
    c.kind = Client::Kind::Company;
    c.name = QStringLiteral("ООО Ромашка");
    c.city = QStringLiteral("Москва");
    c.phones << PhoneEntry{0, QStringLiteral("work"), QStringLiteral("8 (495) 123-45-67"),
                           QString()};
    c.emails << EmailEntry{0, QString(), QStringLiteral("info@romashka.example"), QString()};
    ContactPerson p;
    p.lastName = QStringLiteral("Сидоров");
    p.firstName = QStringLiteral("Иван");
    p.phones << PhoneEntry{0, QString(), QStringLiteral("89123456789"), QString()};
    c.contacts << p;
    LegalEntity l;
    l.name = QStringLiteral("ООО «Ромашка»");
    l.inn = QStringLiteral("7707083893");
    c.legalEntities << l;
    return c;
}

// Entries recorded after `since` (an id), newest first.
QList<AuditEntry> since(const AuditRepository &audit, qint64 clientId, qint64 after)
{
    QList<AuditEntry> out;
    for (const AuditEntry &e : audit.forClient(clientId))
        if (e.id > after)
            out << e;
    return out;
}

qint64 lastId(const AuditRepository &audit, qint64 clientId)
{
    const QList<AuditEntry> all = audit.forClient(clientId, 1);
    return all.isEmpty() ? 0 : all.first().id;
}

} // namespace

TEST_CASE("changing a client's city is recorded with the old and new value", "[audit]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    AuditRepository audit(t.db());
    Client c = saved(repo, romashka());
    const qint64 mark = lastId(audit, c.id);

    c.city = QStringLiteral("Казань");
    REQUIRE(repo.save(c));
    QList<AuditEntry> changes = since(audit, c.id, mark);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].table == QStringLiteral("clients"));
    CHECK(changes[0].rowId == c.id);
    CHECK(changes[0].action == QStringLiteral("update"));
    CHECK(changes[0].field == QStringLiteral("city"));
    CHECK(changes[0].oldValue.toString() == QStringLiteral("Москва"));
    CHECK(changes[0].newValue.toString() == QStringLiteral("Казань"));
    CHECK(QDateTime::fromString(changes[0].changedAt, Qt::ISODate).isValid());

    c.city = QStringLiteral("Тверь");
    c.importance = QStringLiteral("B");
    REQUIRE(repo.save(c));
    changes = since(audit, c.id, mark);
    REQUIRE(changes.size() == 3);
    // Newest first: this save's two fields, then the first change.
    QStringList fields{changes[0].field, changes[1].field};
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("city"), QStringLiteral("importance")});
    CHECK(changes[2].newValue.toString() == QStringLiteral("Казань"));
    CHECK(changes[0].id > changes[1].id);
    CHECK(changes[1].id > changes[2].id);
    for (const AuditEntry &e : changes.mid(0, 2)) {
        if (e.field == QLatin1String("city")) {
            CHECK(e.oldValue.toString() == QStringLiteral("Казань"));
            CHECK(e.newValue.toString() == QStringLiteral("Тверь"));
        } else {
            CHECK(e.oldValue.toString().isEmpty());
            CHECK(e.newValue.toString() == QStringLiteral("B"));
        }
    }

    // The limit keeps the newest.
    CHECK(audit.forClient(c.id, 1).first().id == changes[0].id);
}

TEST_CASE("saving an unchanged client records nothing", "[audit]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    AuditRepository audit(t.db());
    Client c = saved(repo, romashka());
    const int before = int(audit.forClient(c.id).size());

    REQUIRE(repo.save(c));
    auto loaded = repo.load(c.id);
    REQUIRE(loaded);
    REQUIRE(repo.save(*loaded));
    CHECK(audit.forClient(c.id).size() == before);
}

TEST_CASE("changes to phones, contacts and legal entities are on the client's history", "[audit]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    AuditRepository audit(t.db());
    Client c = saved(repo, romashka());
    const Client other = saved(repo, romashka()); // must not see any of this
    const qint64 mark = lastId(audit, c.id);
    const int otherBefore = int(audit.forClient(other.id).size());

    SECTION("a changed phone")
    {
        c.phones[0].raw = QStringLiteral("8 (495) 765-43-21");
        REQUIRE(repo.save(c));
        const QList<AuditEntry> changes = since(audit, c.id, mark);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].table == QStringLiteral("phones"));
        CHECK(changes[0].rowId == c.phones[0].id);
        CHECK(changes[0].field == QStringLiteral("raw"));
        CHECK(changes[0].oldValue.toString() == QStringLiteral("8 (495) 123-45-67"));
        CHECK(changes[0].newValue.toString() == QStringLiteral("8 (495) 765-43-21"));
    }
    SECTION("a changed phone of a contact person")
    {
        c.contacts[0].phones[0].raw = QStringLiteral("+7 912 000-00-00");
        REQUIRE(repo.save(c));
        const QList<AuditEntry> changes = since(audit, c.id, mark);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].table == QStringLiteral("phones"));
        CHECK(changes[0].oldValue.toString() == QStringLiteral("89123456789"));
        CHECK(changes[0].newValue.toString() == QStringLiteral("+7 912 000-00-00"));
    }
    SECTION("an added and a removed phone")
    {
        c.phones << PhoneEntry{0, QString(), QStringLiteral("+7 912 111-22-33"), QString()};
        REQUIRE(repo.save(c));
        QList<AuditEntry> changes = since(audit, c.id, mark);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].table == QStringLiteral("phones"));
        CHECK(changes[0].action == QStringLiteral("insert"));
        CHECK(changes[0].newValue.toString() == QStringLiteral("+7 912 111-22-33"));

        c.phones.removeFirst();
        REQUIRE(repo.save(c));
        changes = since(audit, c.id, mark);
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].action == QStringLiteral("delete"));
        CHECK(changes[0].table == QStringLiteral("phones"));
        CHECK(changes[0].oldValue.toString() == QStringLiteral("8 (495) 123-45-67"));
    }
    SECTION("an added contact person")
    {
        ContactPerson p;
        p.lastName = QStringLiteral("Петрова");
        p.firstName = QStringLiteral("Анна");
        c.contacts << p;
        REQUIRE(repo.save(c));
        const QList<AuditEntry> changes = since(audit, c.id, mark);
        REQUIRE_FALSE(changes.isEmpty());
        const AuditEntry &added = changes.last();
        CHECK(added.table == QStringLiteral("contact_persons"));
        CHECK(added.action == QStringLiteral("insert"));
        CHECK(added.rowId == c.contacts[1].id);
        CHECK(added.newValue.toString() == QStringLiteral("Петрова"));
    }
    SECTION("a removed contact person")
    {
        const qint64 contactId = c.contacts[0].id;
        c.contacts.clear();
        REQUIRE(repo.save(c));
        bool found = false;
        for (const AuditEntry &e : since(audit, c.id, mark)) {
            if (e.table == QLatin1String("contact_persons") && e.rowId == contactId) {
                CHECK(e.action == QStringLiteral("delete"));
                CHECK(e.oldValue.toString() == QStringLiteral("Сидоров"));
                found = true;
            }
        }
        CHECK(found);
    }
    SECTION("a renamed contact person")
    {
        c.contacts[0].position = QStringLiteral("Директор");
        REQUIRE(repo.save(c));
        const QList<AuditEntry> changes = since(audit, c.id, mark);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].table == QStringLiteral("contact_persons"));
        CHECK(changes[0].field == QStringLiteral("position"));
        CHECK(changes[0].newValue.toString() == QStringLiteral("Директор"));
    }
    SECTION("a changed INN of a legal entity")
    {
        c.legalEntities[0].inn = QStringLiteral("7736050003");
        REQUIRE(repo.save(c));
        const QList<AuditEntry> changes = since(audit, c.id, mark);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].table == QStringLiteral("legal_entities"));
        CHECK(changes[0].rowId == c.legalEntities[0].id);
        CHECK(changes[0].field == QStringLiteral("inn"));
        CHECK(changes[0].oldValue.toString() == QStringLiteral("7707083893"));
        CHECK(changes[0].newValue.toString() == QStringLiteral("7736050003"));
    }
    SECTION("archiving")
    {
        REQUIRE(repo.setArchived(c.id, true));
        const QList<AuditEntry> changes = since(audit, c.id, mark);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].field == QStringLiteral("archived"));
        CHECK(changes[0].oldValue.toInt() == 0);
        CHECK(changes[0].newValue.toInt() == 1);
    }
    CHECK(audit.forClient(other.id).size() == otherBefore);
}

TEST_CASE("demo data does not switch the history of additions off for good", "[audit]")
{
    TestDatabase t;
    DemoGenerator::Options o;
    o.clients = 20;
    REQUIRE(DemoGenerator(t.db()).generate(o));
    CHECK(SettingsRepository(t.db()).value(QStringLiteral("audit_inserts")).isEmpty());
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // the bulk load itself is not history

    ClientRepository repo(t.db());
    AuditRepository audit(t.db());
    const qint64 id = repo.allIds().first();
    auto c = repo.load(id);
    REQUIRE(c);
    c->phones << PhoneEntry{0, QString(), QStringLiteral("+7 912 111-22-33"), QString()};
    REQUIRE(repo.save(*c));
    const QList<AuditEntry> changes = audit.forClient(id);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].table == QStringLiteral("phones"));
    CHECK(changes[0].action == QStringLiteral("insert"));
}
