// Databases written by earlier versions open, upgrade and keep every record.
// Each schema version leaves a fixture in tests/data/db (made with the CLI of
// that version); a new migration must pass this test on all of them.
#include "catchqt.h"

#include "clients/clientmerger.h"
#include "clients/clientrepository.h"
#include "db/database.h"
#include "io/importbatchrepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
// A writable copy of the fixture of schema `version` in `dir`: the fixture
// itself stays as committed, since opening for writing changes a file.
QString fixtureCopy(const QTemporaryDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(CLIENTELE_TEST_DATA "/db/schema_v%1.sqlite").arg(version),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// A PRAGMA's value on the base's connection.
QVariant pragma(const Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(q.next());
    return q.value(0);
}
} // namespace

TEST_CASE("A schema 1 database opens with the latest program and keeps its clients", "[db]")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, 1);
    // The first release of schema 1 made bases without the INN index.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("early_v1"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(QStringLiteral("DROP INDEX legal_entities_by_inn")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("early_v1"));

    Database db(path);
    QString error;
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    CHECK(pragma(db, "user_version").toInt() == Database::latestSchemaVersion());
    QSqlQuery q(db.connection());

    ClientRepository clients(db);
    CHECK(clients.count(ClientListQuery()) == 26);
    const QList<ClientListRow> found = clients.search(QStringLiteral("елочка"), 5);
    REQUIRE(found.size() == 1);
    const Client c = *clients.load(found.first().id);
    CHECK(c.name == QStringLiteral("ООО Ёлочка"));
    REQUIRE(c.phones.size() == 1);
    CHECK(c.phones.first().e164 == QStringLiteral("+79123456789"));
    CHECK(c.emails.first().address == QStringLiteral("info@elochka.example"));
    CHECK(c.legalEntities.first().inn == QStringLiteral("7707083893"));
    // Schema 3: duplicates by INN are found through an index.
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT client_id FROM legal_entities "
                                  "WHERE inn = '7707083893'")));
    REQUIRE(q.next());
    CHECK(q.value(3).toString().contains(QStringLiteral("legal_entities_by_inn")));
    CHECK(c.tags == QStringList{QStringLiteral("Фикстура")});
    // Still writable, and the history still records changes.
    Client edited = c;
    edited.city = QStringLiteral("Тверь");
    REQUIRE(clients.save(edited, &error));
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE field = 'city'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("A schema 2 database keeps its import batches and merges, which can still be undone",
          "[db]")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, 2);

    Database db(path);
    QString error;
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    ClientRepository clients(db);
    // Made by `import csv excel_cp1251.csv`, `client add Ромашка`, `merge 1 6`.
    CHECK(clients.count(ClientListQuery()) == 5);
    ImportBatchRepository batches(db, clients);
    REQUIRE(batches.list().size() == 1);
    CHECK(batches.list().first().created == 5);

    QStringList conflicts;
    REQUIRE(ClientMerger(db, clients).undo(1, &conflicts, &error));
    CHECK(clients.count(ClientListQuery()) == 6);
    CHECK(clients.load(6)->city == QStringLiteral("Пермь"));
    // The merge gave client 1 nothing new (same phone, its own city kept), so
    // the import is undone whole; the client added by hand stays.
    ImportBatchRepository::UndoResult undone;
    REQUIRE(batches.undo(1, &undone, &error));
    CHECK(undone.removed == 5);
    CHECK(clients.count(ClientListQuery()) == 1);
    CHECK(clients.load(6)->name == QStringLiteral("Ромашка"));
}

TEST_CASE("A schema 4 database keeps its deals and tasks, whose statuses survive the rebuild",
          "[db]")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, 4);

    Database db(path);
    QString error;
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    // Made by `demo --clients 40 --deals 30 --seed 4`, then task 1 set to
    // checking (Anna Smirnova gave it to Ivan Petrov) and task 13 done.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM deals")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 30);
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(all_day), SUM(repeat_rule <> '') "
                                  "FROM tasks")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 13);
    CHECK(q.value(1).toInt() == 0);
    CHECK(q.value(2).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT status, author, executor, check_required, deal_id "
                                  "IS NOT NULL FROM tasks WHERE id = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("checking"));
    CHECK(q.value(1).toString() == QStringLiteral("Anna Smirnova"));
    CHECK(q.value(2).toString() == QStringLiteral("Ivan Petrov"));
    CHECK(q.value(3).toInt() == 1);
    CHECK(q.value(4).toBool());
    REQUIRE(q.exec(QStringLiteral("SELECT status, completed_at FROM tasks WHERE id = 13")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("done"));
    CHECK(q.value(1).toString() == QStringLiteral("2026-11-20T10:00:00Z"));
    // The new status is accepted; the foreign keys still hold.
    CHECK(q.exec(QStringLiteral("UPDATE tasks SET status = 'in_progress' WHERE id = 2")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(q.next());
}

TEST_CASE("A schema 6 database gains who logged each interaction and the report indexes", "[db]")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, 6);
    {
        // Made by `demo --clients 40 --deals 30 --seed 6`; one interaction is
        // put on a deal here, so it takes the deal's responsible.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema6"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 6);
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE interactions SET deal_id = (SELECT id FROM deals WHERE responsible = "
            "'Ivan Petrov' ORDER BY id LIMIT 1) WHERE id = 1")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema6"));

    Database db(path);
    QString error;
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(user = '') FROM interactions")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 60);
    CHECK(q.value(1).toInt() == 59);
    REQUIRE(q.exec(QStringLiteral("SELECT user FROM interactions WHERE id = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Ivan Petrov"));
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                  "('interactions_by_time', 'deals_report_created', "
                                  "'deals_report_closed', 'deal_stage_history_ended')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
    // How far each deal got: its stage now or the furthest in its history.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM deals d WHERE d.reached_position <> MAX((SELECT position FROM "
        "stages WHERE id = d.stage_id), COALESCE((SELECT MAX(s.position) FROM "
        "deal_stage_history h JOIN stages s ON s.id = h.stage_id WHERE h.deal_id = d.id), 0))")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(days IS NOT NULL), SUM(days > 0) FROM "
                                  "deal_stage_history WHERE left_at IS NOT NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 10);
    CHECK(q.value(1).toInt() == q.value(0).toInt());
    CHECK(q.value(2).toInt() == q.value(0).toInt());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(q.next());
}

namespace {
// Rows in which the funnel's totals and a recount from the deals and their
// stays differ, either way.
int totalsOutOfStep(QSqlDatabase db)
{
    const QStringList pairs = {
        QStringLiteral("SELECT stage_id, responsible, count, amount, weighted "
                       "FROM deal_open_totals WHERE count <> 0"),
        QStringLiteral("SELECT stage_id, responsible, COUNT(*), SUM(amount), "
                       "SUM(amount * probability) FROM deals WHERE status = 'open' GROUP BY 1, 2"),
        QStringLiteral("SELECT day, pipeline_id, status, reached_position, responsible, count, "
                       "amount, final_amount FROM deal_created_totals WHERE count <> 0"),
        QStringLiteral("SELECT substr(created_at, 1, 10), pipeline_id, status, "
                       "reached_position, responsible, COUNT(*), SUM(amount), "
                       "SUM(COALESCE(final_amount, amount)) FROM deals GROUP BY 1, 2, 3, 4, 5"),
        QStringLiteral("SELECT day, pipeline_id, status, responsible, source, count, amount, "
                       "final_amount, round(cycle_days, 6) FROM deal_closed_totals "
                       "WHERE count <> 0"),
        QStringLiteral("SELECT substr(closed_at, 1, 10), pipeline_id, status, responsible, "
                       "source, COUNT(*), SUM(amount), SUM(COALESCE(final_amount, amount)), "
                       "round(SUM(julianday(closed_at) - julianday(created_at)), 6) FROM deals "
                       "WHERE status IN ('won', 'lost') AND closed_at IS NOT NULL "
                       "GROUP BY 1, 2, 3, 4, 5"),
        QStringLiteral("SELECT day, stage_id, responsible, count, round(days, 6) "
                       "FROM deal_stay_totals WHERE count <> 0"),
        QStringLiteral("SELECT substr(h.left_at, 1, 10), h.stage_id, d.responsible, COUNT(*), "
                       "round(SUM(h.days), 6) FROM deal_stage_history h JOIN deals d ON d.id = "
                       "h.deal_id WHERE h.left_at IS NOT NULL AND h.status = 'open' AND h.days "
                       "IS NOT NULL GROUP BY 1, 2, 3"),
        QStringLiteral("SELECT day, pipeline_id, responsible, source, count FROM "
                       "deal_source_totals WHERE count <> 0"),
        QStringLiteral("SELECT substr(created_at, 1, 10), pipeline_id, responsible, source, "
                       "COUNT(*) FROM deals GROUP BY 1, 2, 3, 4"),
        QStringLiteral("SELECT day, type, result, user, count FROM interaction_totals "
                       "WHERE count <> 0"),
        QStringLiteral("SELECT substr(occurred_at, 1, 10), type, result, user, COUNT(*) FROM "
                       "interactions GROUP BY 1, 2, 3, 4"),
        QStringLiteral("SELECT day, source, responsible, count FROM client_created_totals "
                       "WHERE count <> 0"),
        QStringLiteral("SELECT substr(created_at, 1, 10), source, responsible, COUNT(*) FROM "
                       "clients WHERE archived = 0 AND merged_into IS NULL GROUP BY 1, 2, 3"),
    };
    int differing = 0;
    QSqlQuery q(db);
    for (int i = 0; i < pairs.size(); i += 2) {
        for (const QString &sql :
             QStringList{pairs[i] + QStringLiteral(" EXCEPT ") + pairs[i + 1],
                         pairs[i + 1] + QStringLiteral(" EXCEPT ") + pairs[i]}) {
            REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(sql)));
            REQUIRE(q.next());
            differing += q.value(0).toInt();
        }
    }
    return differing;
}
} // namespace

TEST_CASE("A schema 7 database gains the funnel's totals, and they follow every change", "[db]")
{
    QTemporaryDir dir;
    // Made by `demo --clients 40 --deals 60 --seed 7` at schema 7.
    const QString path = fixtureCopy(dir, 7);
    Database db(path);
    QString error;
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT SUM(count) FROM deal_open_totals), "
                                  "(SELECT SUM(count) FROM deal_created_totals), "
                                  "(SELECT SUM(count) FROM deal_stay_totals)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 28);
    CHECK(q.value(1).toInt() == 60);
    CHECK(q.value(2).toInt() > 100);
    CHECK(totalsOutOfStep(c) == 0);

    // Moves, wins, losses, reopening, new amounts, a moved creation time, a
    // deal removed, a stay that ends and one that is rewritten.
    const QStringList edits = {
        QStringLiteral("UPDATE deals SET stage_id = 3 WHERE id IN (SELECT id FROM deals WHERE "
                       "status = 'open' AND stage_id <> 3 LIMIT 5)"),
        QStringLiteral("UPDATE deals SET status = 'won', final_amount = amount * 2, closed_at = "
                       "'2026-11-20T10:00:00Z' WHERE id IN (SELECT id FROM deals WHERE status "
                       "= 'open' LIMIT 3)"),
        QStringLiteral("UPDATE deals SET status = 'open', closed_at = NULL WHERE id IN "
                       "(SELECT id FROM deals WHERE status = 'lost' LIMIT 2)"),
        QStringLiteral("UPDATE deals SET closed_at = '2026-09-09T09:09:09Z' WHERE id IN "
                       "(SELECT id FROM deals WHERE status = 'won' LIMIT 2)"),
        QStringLiteral("UPDATE deals SET amount = amount + 101, probability = 35 WHERE id % 4 = 0"),
        QStringLiteral("UPDATE deals SET created_at = '2026-01-02T03:04:05Z' WHERE id % 7 = 0"),
        QStringLiteral("DELETE FROM deals WHERE id IN (SELECT id FROM deals WHERE status = "
                       "'open' LIMIT 1 OFFSET 4)"),
        QStringLiteral("UPDATE deal_stage_history SET left_at = '2026-11-25T12:00:00Z' WHERE id = "
                       "(SELECT MAX(id) FROM deal_stage_history WHERE left_at IS NULL)"),
        QStringLiteral("UPDATE deal_stage_history SET left_at = '2026-10-01T00:00:00Z', "
                       "status = 'open' WHERE id = 1"),
        QStringLiteral("INSERT INTO deal_stage_history (deal_id, stage_id, status, entered_at, "
                       "left_at, user) SELECT id, stage_id, 'open', '2026-11-01T08:00:00Z', "
                       "'2026-11-03T20:00:00Z', '' FROM deals LIMIT 2"),
        QStringLiteral("DELETE FROM deal_stage_history WHERE id IN (2, 3)"),
        QStringLiteral("UPDATE interactions SET result = 'reached', user = 'Someone Else', "
                       "occurred_at = '2026-11-02T23:30:00Z' WHERE id % 3 = 0"),
        QStringLiteral("INSERT INTO interactions (client_id, type, occurred_at, result, user) "
                       "SELECT id, 'call_out', '2026-11-03T10:00:00Z', 'busy', 'Ivan Petrov' "
                       "FROM clients LIMIT 3"),
        QStringLiteral("DELETE FROM interactions WHERE id % 5 = 0"),
        QStringLiteral("UPDATE deals SET source = 'Tender', created_at = "
                       "'2025-12-01T08:00:00Z' WHERE status = 'won' AND id % 2 = 1"),
        QStringLiteral("UPDATE deals SET responsible = 'Someone Else' WHERE id IN (SELECT "
                       "deal_id FROM deal_stage_history WHERE left_at IS NOT NULL LIMIT 4)"),
        QStringLiteral("DELETE FROM deals WHERE id = (SELECT deal_id FROM deal_stage_history "
                       "WHERE left_at IS NOT NULL AND status = 'open' ORDER BY id DESC LIMIT 1)"),
    };
    for (const QString &sql : edits) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        CHECK(q.numRowsAffected() > 0);
        CHECK(totalsOutOfStep(c) == 0);
    }
}

TEST_CASE("A schema 8 database keeps each client's open-deal amount by the client's own deals",
          "[db]")
{
    QTemporaryDir dir;
    // Made by `demo --clients 40 --deals 60 --seed 7` at schema 8.
    const QString path = fixtureCopy(dir, 8);
    Database db(path);
    QString error;
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    CHECK(pragma(db, "user_version").toInt() == Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    // The triggers sum a client's open deals on the client's index only.
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name LIKE 'deals_open_amount_%' AND sql LIKE "
                                  "'%+status = ''open''%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    q.finish();
    const QString outOfStep = QStringLiteral(
        "SELECT COUNT(*) FROM clients c WHERE open_deals_amount <> (SELECT COALESCE(SUM(amount), "
        "0) FROM deals d WHERE d.client_id = c.id AND d.status = 'open')");
    auto check = [&] {
        REQUIRE(q.exec(outOfStep));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        q.finish();
    };
    check();
    const QStringList edits = {
        QStringLiteral("INSERT INTO deals (client_id, title, pipeline_id, stage_id, status, "
                       "amount, created_at, updated_at, stage_entered_at) SELECT client_id, "
                       "'More', pipeline_id, stage_id, 'open', 12345, created_at, updated_at, "
                       "stage_entered_at FROM deals WHERE status = 'open' LIMIT 3"),
        QStringLiteral("UPDATE deals SET amount = amount + 7 WHERE id % 3 = 0"),
        QStringLiteral("UPDATE deals SET status = 'won', closed_at = '2026-11-20T10:00:00Z' "
                       "WHERE id IN (SELECT id FROM deals WHERE status = 'open' LIMIT 4)"),
        QStringLiteral("UPDATE deals SET client_id = (SELECT MAX(id) FROM clients) WHERE id IN "
                       "(SELECT id FROM deals WHERE status = 'open' LIMIT 2)"),
        QStringLiteral("DELETE FROM deals WHERE id IN (SELECT id FROM deals WHERE status = "
                       "'open' LIMIT 2)"),
    };
    for (const QString &sql : edits) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        CHECK(q.numRowsAffected() > 0);
        q.finish();
        check();
    }
}

TEST_CASE("A schema 8 database gains the channels' new-client totals, and they follow every change",
          "[db]")
{
    QTemporaryDir dir;
    // Made by `demo --clients 40 --deals 60 --seed 7` at schema 8.
    const QString path = fixtureCopy(dir, 8);
    Database db(path);
    QString error;
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    REQUIRE(q.exec(QStringLiteral("SELECT SUM(count) FROM client_created_totals")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 40);
    q.finish();
    CHECK(totalsOutOfStep(c) == 0);

    // New sources, hands and creation days, archived and back, merged away,
    // new clients (one archived from the start) and clients removed.
    const QStringList edits = {
        QStringLiteral("UPDATE clients SET source = 'Tender' WHERE id % 3 = 0"),
        QStringLiteral("UPDATE clients SET responsible = 'Someone Else' WHERE id % 4 = 0"),
        QStringLiteral("UPDATE clients SET created_at = '2026-01-02T03:04:05Z' WHERE id % 5 = 0"),
        QStringLiteral("UPDATE clients SET archived = 1 WHERE id IN (1, 2, 3, 7)"),
        QStringLiteral("UPDATE clients SET archived = 0 WHERE id = 2"),
        QStringLiteral("UPDATE clients SET merged_into = 1, archived = 1 WHERE id = 9"),
        QStringLiteral("UPDATE clients SET merged_into = 1 WHERE id = 10"),
        QStringLiteral("INSERT INTO clients (kind, name, name_key, source, responsible, "
                       "created_at, updated_at) VALUES ('company', 'Новый', 'новый', 'Выставка', "
                       "'Ivan Petrov', '2026-11-28T23:30:00Z', '2026-11-28T23:30:00Z'), "
                       "('person', 'Old', 'old', 'Web', '', '2026-11-28T08:00:00Z', "
                       "'2026-11-28T08:00:00Z')"),
        QStringLiteral("INSERT INTO clients (kind, name, name_key, archived, created_at, "
                       "updated_at) VALUES ('person', 'Gone', 'gone', 1, '2026-11-28T08:00:00Z', "
                       "'2026-11-28T08:00:00Z')"),
        QStringLiteral("DELETE FROM clients WHERE id IN (SELECT id FROM clients WHERE archived = "
                       "0 ORDER BY id DESC LIMIT 2)"),
        QStringLiteral("DELETE FROM clients WHERE id IN (3, 7)"),
    };
    for (const QString &sql : edits) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        CHECK(q.numRowsAffected() > 0);
        q.finish();
        CHECK(totalsOutOfStep(c) == 0);
    }
    REQUIRE(q.exec(QStringLiteral("SELECT SUM(count) FROM client_created_totals")));
    REQUIRE(q.next());
    // 40, less 1, 3, 7, 9 and 10, plus two new, less the two newest removed.
    CHECK(q.value(0).toInt() == 35);
}

TEST_CASE("A schema 10 database keeps every phone and e-mail, found by client and by contact",
          "[db]")
{
    QTemporaryDir dir;
    // Made by `demo --clients 40 --deals 60 --seed 7` at schema 10.
    const QString path = fixtureCopy(dir, 10);
    Database db(path);
    QString error;
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    CHECK(pragma(db, "user_version").toInt() == Database::latestSchemaVersion());
    // The page size of a base is kept: only a new file gets the larger pages.
    CHECK(pragma(db, "page_size").toInt() == 4096);
    QSqlQuery q(db.connection());

    // Every phone and e-mail of the fixture still reaches its card.
    REQUIRE(q.exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM phones), (SELECT COUNT(*) FROM emails), "
                       "(SELECT COUNT(*) FROM phones WHERE contact_id IS NOT NULL)")));
    REQUIRE(q.next());
    const int phones = q.value(0).toInt();
    const int emails = q.value(1).toInt();
    CHECK(q.value(2).toInt() > 0);
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM clients ORDER BY id")));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    ClientRepository clients(db);
    int phonesSeen = 0;
    int emailsSeen = 0;
    qint64 withContacts = 0;
    for (qint64 id : std::as_const(ids)) {
        const Client c = *clients.load(id);
        if (!c.contacts.isEmpty() && !withContacts)
            withContacts = id;
        phonesSeen += c.phones.size();
        emailsSeen += c.emails.size();
        for (const ContactPerson &p : c.contacts) {
            phonesSeen += p.phones.size();
            emailsSeen += p.emails.size();
        }
    }
    CHECK(ids.size() == 40);
    CHECK(phonesSeen == phones);
    CHECK(emailsSeen == emails);

    // Each lookup by owner goes through the owner's (now partial) index.
    const QStringList plans = {
        QStringLiteral("phones WHERE client_id = 1|phones_by_client"),
        QStringLiteral("phones WHERE contact_id = 1|phones_by_contact"),
        QStringLiteral("emails WHERE client_id = 1|emails_by_client"),
        QStringLiteral("emails WHERE contact_id = 1|emails_by_contact"),
        QStringLiteral("clients WHERE parent_id = 1|clients_by_parent"),
    };
    for (const QString &plan : plans) {
        const QStringList parts = plan.split(QLatin1Char('|'));
        INFO(plan.toStdString());
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM ") + parts.at(0)));
        REQUIRE(q.next());
        CHECK(q.value(3).toString().contains(parts.at(1)));
    }

    // A contact's new phone and a client put in a group are found by their owners.
    REQUIRE(withContacts != 0);
    Client c = *clients.load(withContacts);
    c.parentId = ids.last();
    c.contacts.first().phones.append(
        PhoneEntry{0, QStringLiteral("mobile"), QStringLiteral("8 916 555-01-02"), {}});
    REQUIRE(clients.save(c, &error));
    CHECK(clients.load(withContacts)->contacts.first().phones.last().e164 ==
          QStringLiteral("+79165550102"));
    q.prepare(QStringLiteral("SELECT id FROM clients WHERE parent_id = ?"));
    q.addBindValue(ids.last());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == withContacts);
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
}
