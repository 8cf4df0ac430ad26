// Undoing an import batch and a merge of duplicates, and finding duplicates.
#include "catchqt.h"
#include "testdatabase.h"

#include "clients/attachmentrepository.h"
#include "clients/clientmerger.h"
#include "clients/clientrepository.h"
#include "clients/clientsnapshot.h"
#include "clients/duplicatefinder.h"
#include "deals/dealrepository.h"
#include "deals/pipelinerepository.h"
#include "interactions/interactionrepository.h"
#include "io/clientimporter.h"

#include <QFile>
#include <QTemporaryDir>

namespace {
QString data(const char *name)
{
    return QStringLiteral(CLIENTELE_TEST_DATA "/csv/") + QLatin1String(name);
}

struct Base
{
    TestDatabase t;
    ClientRepository clients{t.db()};

    qint64 add(Client c)
    {
        QString error;
        REQUIRE(clients.save(c, &error));
        return c.id;
    }
    ImportReport import(const QString &path)
    {
        ClientImporter importer(t.db(), clients);
        ImportReport report;
        QString error;
        REQUIRE(importer.importCsv(path, {}, {}, {}, &report, &error));
        return report;
    }
    int count() { return clients.count(ClientListQuery()); }
    // Everything a user could see of a client, ids and times aside.
    QByteArray look(qint64 id)
    {
        Client c = *clients.load(id);
        c.updatedAt.clear();
        // Phones, e-mails and legal entities may come back under new row ids.
        for (PhoneEntry &p : c.phones)
            p.id = 0;
        for (EmailEntry &e : c.emails)
            e.id = 0;
        for (LegalEntity &l : c.legalEntities)
            l.id = 0;
        return ClientSnapshot::toJson(c);
    }
};

Client company(const QString &name, const QString &phone, const QString &city)
{
    Client c;
    c.kind = Client::Kind::Company;
    c.name = name;
    c.city = city;
    if (!phone.isEmpty())
        c.phones << PhoneEntry{0, QString(), phone, QString()};
    return c;
}
} // namespace

TEST_CASE("An import is undone whole: created clients go, merged ones come back as they were",
          "[undo]")
{
    Base b;
    // Already in the base: the same phone as ИП Сидоров in the file.
    const qint64 existing =
        b.add(company(QStringLiteral("ООО Ромашка"), QStringLiteral("8 912 345-67-89"), QString()));
    const QByteArray before = b.look(existing);

    const ImportReport r = b.import(data("excel_cp1251.csv"));
    CHECK(r.batchId > 0);
    CHECK(r.created == 3);
    CHECK(r.merged == 1);
    CHECK(b.count() == 4);
    CHECK(b.look(existing) != before); // gained e-mails, phones, the batch tag...

    ClientRepository &clients = b.clients;
    ImportBatchRepository batches(b.t.db(), clients);
    const QList<ImportBatch> list = batches.list();
    REQUIRE(list.size() == 1);
    CHECK(list.first().file == QStringLiteral("excel_cp1251.csv"));
    CHECK(list.first().created == 3);

    ImportBatchRepository::UndoResult undone;
    QString error;
    REQUIRE(batches.undo(r.batchId, &undone, &error));
    CHECK(undone.removed == 3);
    CHECK(undone.restored == 1);
    CHECK(b.count() == 1);
    CHECK(b.look(existing) == before);
    CHECK(clients.search(QStringLiteral("вектор"), 5).isEmpty());
    CHECK(batches.list().first().undoneAt.size() > 0);
    // Twice is refused.
    CHECK_FALSE(batches.undo(r.batchId, &undone, &error));
    CHECK(error.contains(QStringLiteral("already undone")));
}

TEST_CASE("An import whose clients were edited since is not undone; the conflicts are listed",
          "[undo]")
{
    Base b;
    const ImportReport r = b.import(data("excel_cp1251.csv"));
    REQUIRE(r.created == 5);
    const qint64 vector = b.clients.search(QStringLiteral("вектор"), 5).first().id;
    Client edited = *b.clients.load(vector);
    edited.city = QStringLiteral("Тверь");
    QString error;
    REQUIRE(b.clients.save(edited, &error));

    ImportBatchRepository batches(b.t.db(), b.clients);
    ImportBatchRepository::UndoResult undone;
    CHECK_FALSE(batches.undo(r.batchId, &undone, &error));
    REQUIRE(undone.conflicts.size() == 1);
    CHECK(undone.conflicts.first().contains(QStringLiteral("ЗАО Вектор")));
    CHECK(undone.conflicts.first().contains(QStringLiteral("city")));
    CHECK(b.count() == 5); // nothing was taken back

    // A client the user deleted meanwhile is simply gone already.
    REQUIRE(b.clients.removeForever(vector, &error));
    REQUIRE(batches.undo(r.batchId, &undone, &error));
    CHECK(undone.removed == 4);
    CHECK(b.count() == 0);
}

TEST_CASE("A dry run records no batch", "[undo]")
{
    Base b;
    ClientImporter importer(b.t.db(), b.clients);
    ImportReport report;
    QString error;
    ClientImporter::Options options;
    options.dryRun = true;
    REQUIRE(importer.importCsv(data("excel_cp1251.csv"), {}, {}, options, &report, &error));
    CHECK(report.batchId == 0);
    CHECK(ImportBatchRepository(b.t.db(), b.clients).list().isEmpty());
}

TEST_CASE("Duplicates are found by phone, e-mail, INN and company name, not chained", "[merge]")
{
    Base b;
    const qint64 a = b.add(company(QStringLiteral("ООО «Ромашка»"),
                                   QStringLiteral("+7 912 345-67-89"), QStringLiteral("Пермь")));
    const qint64 a2 =
        b.add(company(QStringLiteral("Ромашка"), QStringLiteral("8 (912) 345-67-89"), QString()));
    Client withContact = company(QStringLiteral("Берёзка"), QString(), QString());
    ContactPerson p;
    p.lastName = QStringLiteral("Иванов");
    p.emails << EmailEntry{0, QString(), QStringLiteral("Ivanov@Example.com"), QString()};
    withContact.contacts << p;
    const qint64 c = b.add(withContact);
    Client person;
    person.kind = Client::Kind::Person;
    person.lastName = QStringLiteral("Иванов");
    person.emails << EmailEntry{0, QString(), QStringLiteral("ivanov@example.com"), QString()};
    const qint64 d = b.add(person);
    b.add(company(QStringLiteral("Одуванчик"), QStringLiteral("+7 343 000-00-01"), QString()));

    const QList<DuplicateGroup> groups = DuplicateFinder(b.t.db()).find(100);
    REQUIRE(groups.size() == 2);
    // Ромашка: the same phone and the same name without the legal form.
    CHECK(groups.at(0).ids == QList<qint64>{a, a2});
    CHECK(groups.at(0).reasons.size() == 2);
    CHECK(groups.at(0).reasons.join(QLatin1Char(' ')).contains(QStringLiteral("+79123456789")));
    // A contact person's e-mail counts for its company.
    CHECK(groups.at(1).ids == QList<qint64>{c, d});
    CHECK(groups.at(1).reasons == QStringList{QStringLiteral("e-mail ivanov@example.com")});
}

TEST_CASE("A merge moves contacts, interactions, files and deals, hides the duplicate, and is "
          "undone",
          "[merge]")
{
    Base b;
    Client keptClient = company(QStringLiteral("ООО Ромашка"), QStringLiteral("+7 912 345-67-89"),
                                QStringLiteral("Пермь"));
    keptClient.tags << QStringLiteral("Клиенты");
    const qint64 kept = b.add(keptClient);
    Client dup = company(QStringLiteral("Ромашка"), QStringLiteral("+7 343 555-12-34"),
                         QStringLiteral("Екатеринбург"));
    dup.region = QStringLiteral("Свердловская обл.");
    dup.tags << QStringLiteral("Выставка");
    ContactPerson p;
    p.lastName = QStringLiteral("Сидоров");
    p.firstName = QStringLiteral("Иван");
    dup.contacts << p;
    const qint64 other = b.add(dup);
    const qint64 contactId = b.clients.load(other)->contacts.first().id;
    InteractionRepository interactions(b.t.db());
    Interaction call;
    call.clientId = other;
    call.contactId = contactId;
    call.type = Interaction::Type::CallIn;
    call.occurredAt = QDateTime::currentDateTimeUtc();
    call.subject = QStringLiteral("Звонок о поставке");
    QString error;
    REQUIRE(interactions.save(call, &error));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("договор.txt"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("договор");
    }
    REQUIRE(AttachmentRepository(b.t.db()).addFile(other, 0, file, nullptr, &error));
    const qint64 partner =
        b.add(company(QStringLiteral("Партнёр"), QStringLiteral("+7 343 000-00-02"), QString()));
    REQUIRE(b.clients.addRelation(other, partner, Relation::Type::Partner, QString(), &error));
    REQUIRE(PipelineRepository(b.t.db()).ensureDefaults(&error));
    DealRepository deals(b.t.db());
    Deal deal;
    deal.clientId = other;
    deal.title = QStringLiteral("Поставка");
    deal.amount = 500000;
    REQUIRE(deals.create(deal, &error));
    const QByteArray keptBefore = b.look(kept);
    const QByteArray otherBefore = b.look(other);

    ClientMerger merger(b.t.db(), b.clients);
    ClientMerger::Result result;
    REQUIRE(merger.merge(kept, {other}, &result, &error));
    CHECK(result.mergeId > 0);
    // The kept value wins; the other is listed.
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts.first().contains(QStringLiteral("Екатеринбург")));

    const Client merged = *b.clients.load(kept);
    CHECK(merged.city == QStringLiteral("Пермь"));
    CHECK(merged.region == QStringLiteral("Свердловская обл."));
    CHECK(merged.phones.size() == 2);
    CHECK(merged.tags.contains(QStringLiteral("Выставка")));
    REQUIRE(merged.contacts.size() == 1);
    CHECK(merged.contacts.first().id == contactId);
    REQUIRE(merged.relations.size() == 1);
    CHECK(merged.relations.first().otherId == partner);
    const QList<Interaction> timeline = interactions.forClient(kept);
    REQUIRE(timeline.size() == 1);
    CHECK(timeline.first().contactId == contactId);
    CHECK(AttachmentRepository(b.t.db()).forClient(kept).size() == 1);
    CHECK(deals.load(deal.id)->clientId == kept);
    CHECK(deals.forClient(kept).size() == 1);
    // The duplicate is gone from lists and search, and cannot be brought back
    // from the archive: only by undoing the merge.
    CHECK(b.count() == 2);
    const QList<ClientListRow> found = b.clients.search(QStringLiteral("ромашка"), 5);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == kept);
    CHECK_FALSE(b.clients.setArchived(other, false, &error));
    CHECK(DuplicateFinder(b.t.db()).find(10).isEmpty());

    QStringList conflicts;
    REQUIRE(merger.undo(result.mergeId, &conflicts, &error));
    CHECK(b.look(kept) == keptBefore);
    CHECK(b.look(other) == otherBefore);
    CHECK(interactions.forClient(other).size() == 1);
    CHECK(interactions.forClient(kept).isEmpty());
    CHECK(deals.load(deal.id)->clientId == other);
    CHECK(deals.forClient(kept).isEmpty());
    CHECK(b.clients.search(QStringLiteral("екатеринбург"), 5).first().id == other);
    CHECK(b.count() == 3);
}

TEST_CASE("A merge is not undone once the kept client was edited", "[merge]")
{
    Base b;
    const qint64 kept = b.add(
        company(QStringLiteral("ООО Ромашка"), QStringLiteral("+7 912 345-67-89"), QString()));
    const qint64 other =
        b.add(company(QStringLiteral("Ромашка"), QStringLiteral("+7 912 345-67-89"), QString()));
    ClientMerger merger(b.t.db(), b.clients);
    ClientMerger::Result result;
    QString error;
    REQUIRE(merger.merge(kept, {other}, &result, &error));
    const qint64 mergeId = result.mergeId;
    CHECK_FALSE(merger.merge(kept, {other}, &result, &error));
    CHECK(error.contains(QStringLiteral("already merged")));

    Client edited = *b.clients.load(kept);
    edited.notes = QStringLiteral("Позвонить в понедельник");
    REQUIRE(b.clients.save(edited, &error));
    QStringList conflicts;
    CHECK_FALSE(merger.undo(mergeId, &conflicts, &error));
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().contains(QStringLiteral("notes")));
    CHECK(b.count() == 1);
}
