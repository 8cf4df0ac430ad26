#include "importbench.h"
#include "timings.h"

#include "clients/clientbulkwriter.h"
#include "clients/clientrepository.h"
#include "db/bulkload.h"
#include "db/database.h"
#include "db/deferredschema.h"
#include "db/transaction.h"
#include "io/clientimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <cerrno>
#include <unistd.h>

namespace {
// splitmix64: a row is a function of (seed, index), so a repeat can rebuild
// the row it repeats.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Random
{
public:
    explicit Random(quint64 state) : m_state(state) {}
    quint64 next() { return m_state = mix(m_state); }
    int below(int n) { return int(next() % quint64(n)); }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

struct Pools
{
    QStringList ruLast = {QStringLiteral("Иванов"),  QStringLiteral("Петров"),
                          QStringLiteral("Смирнов"), QStringLiteral("Кузнецов"),
                          QStringLiteral("Ёлкин"),   QStringLiteral("Журавлёв"),
                          QStringLiteral("Соколов"), QStringLiteral("Лебедев"),
                          QStringLiteral("Новиков"), QStringLiteral("Морозов")};
    QStringList ruFirst = {QStringLiteral("Иван"),    QStringLiteral("Пётр"),
                           QStringLiteral("Алексей"), QStringLiteral("Сергей"),
                           QStringLiteral("Дмитрий"), QStringLiteral("Юрий"),
                           QStringLiteral("Олег"),    QStringLiteral("Андрей")};
    QStringList ruMiddle = {QStringLiteral("Иванович"), QStringLiteral("Петрович"),
                            QStringLiteral("Сергеевич"), QStringLiteral("Алексеевич"), QString()};
    QStringList ruTranslit = {QStringLiteral("ivanov"),  QStringLiteral("petrov"),
                              QStringLiteral("smirnov"), QStringLiteral("kuznetsov"),
                              QStringLiteral("yolkin"),  QStringLiteral("zhuravlev"),
                              QStringLiteral("sokolov"), QStringLiteral("lebedev"),
                              QStringLiteral("novikov"), QStringLiteral("morozov")};
    QStringList enLast = {QStringLiteral("Smith"),  QStringLiteral("Müller"),
                          QStringLiteral("Brown"),  QStringLiteral("Schmidt"),
                          QStringLiteral("García"), QStringLiteral("Rossi"),
                          QStringLiteral("Dubois"), QStringLiteral("O'Neill")};
    QStringList enFirst = {QStringLiteral("John"),  QStringLiteral("Peter"),
                           QStringLiteral("Hans"),  QStringLiteral("Pierre"),
                           QStringLiteral("Marco"), QStringLiteral("Liam")};
    QStringList companies = {QStringLiteral("ООО «Ромашка-%1»"), QStringLiteral("АО \"Вектор %1\""),
                             QStringLiteral("ИП Сидоров %1"),    QStringLiteral("Nordwind %1 GmbH"),
                             QStringLiteral("Horizon %1, Ltd"),  QStringLiteral("ПАО Север-%1")};
    QStringList positions = {QStringLiteral("Директор"), QStringLiteral("Менеджер \"по закупкам\""),
                             QStringLiteral("Sales manager, EMEA"), QString()};
    QStringList cities = {QStringLiteral("Москва"),      QStringLiteral("Санкт-Петербург"),
                          QStringLiteral("Казань"),      QStringLiteral("Новосибирск"),
                          QStringLiteral("Berlin"),      QStringLiteral("München"),
                          QStringLiteral("Екатеринбург")};
    QStringList domains = {QStringLiteral("mail.ru"), QStringLiteral("yandex.ru"),
                           QStringLiteral("example.com"), QStringLiteral("gmx.de")};
    QStringList notes = {QStringLiteral("Звонить после 18:00, спросить \"Олега\""),
                         QStringLiteral("VIP; prefers e-mail, not calls"),
                         QString(),
                         QString(),
                         QString(),
                         QString(),
                         QString()};
};

// Company, INN, last name, first name, middle name, position, phone, e-mail,
// city, notes.
QStringList makeRow(const Pools &p, quint64 seed, int index)
{
    Random rnd(mix(seed) ^ quint64(index) * 0x2545f4914f6cdd1dULL);
    QStringList row(10);
    const bool latin = rnd.below(3) == 0;
    const int last = rnd.below(int((latin ? p.enLast : p.ruLast).size()));
    row[2] = (latin ? p.enLast : p.ruLast).at(last);
    row[3] = rnd.pick(latin ? p.enFirst : p.ruFirst);
    row[4] = latin ? QString() : rnd.pick(p.ruMiddle);
    if (rnd.below(5) < 2) {
        row[0] = rnd.pick(p.companies).arg(index);
        row[1] = QString::number(7700000000LL + index);
        row[5] = rnd.pick(p.positions);
    }
    // A unique mobile number per row, written as people write them.
    const QString digits = QString::number(9160000000LL + index);
    switch (rnd.below(3)) {
    case 0:
        row[6] = QStringLiteral("8 (%1) %2-%3-%4")
                     .arg(digits.left(3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8));
        break;
    case 1:
        row[6] = QStringLiteral("+7 %1 %2 %3 %4")
                     .arg(digits.left(3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8));
        break;
    default:
        row[6] = QStringLiteral("8") + digits;
    }
    const QString local =
        (latin ? row[2].toLower().remove(QLatin1Char('\'')) : p.ruTranslit.at(last)) +
        QLatin1Char('.') + QString::number(index);
    row[7] = local + QLatin1Char('@') + rnd.pick(p.domains);
    if (rnd.below(4) == 0)
        row[7] = row[7].toUpper(); // normalised to lower case on import
    row[8] = rnd.pick(p.cities);
    row[9] = rnd.pick(p.notes);
    return row;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Runs `script` through the sqlite3 shell on `db`; the wall time in ms, -1 on error.
double shell(const QString &db, const QString &script, QString *error)
{
    QProcess sqlite;
    sqlite.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), db});
    if (!sqlite.waitForStarted()) {
        *error = QStringLiteral("cannot start sqlite3");
        return -1;
    }
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        *error = QStringLiteral("sqlite3: ") + QString::fromUtf8(sqlite.readAll());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}
// The rows of the base `source` copied by SQL alone into a new base at
// `target`, the way the importer writes into an empty base (a rollback
// journal, no foreign-key checks, temporary storage in files, the same
// indexes and triggers set aside, FTS5 with the same automerge, here in the
// base itself where the importer builds it on a thread of its own): what our
// data model costs SQLite on one core, whatever the importer's own work. The
// wall time in ms, -1 on error.
double schemaFloor(const QString &source, const QString &target, QString *error)
{
    Database db(target);
    if (!db.open(Database::Mode::ReadWrite, error))
        return -1;
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    auto failed = [&] {
        *error = q.lastError().text();
        return -1.0;
    };
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS src"));
    q.addBindValue(source);
    if (!q.exec())
        return failed();
    QElapsedTimer timer;
    timer.start();
    {
        const BulkLoad bulk(c, BulkLoad::Temp::Files);
        Transaction tx(c);
        DeferredSchema schema;
        // The page cache of ClientBulkWriter.
        if (!q.exec(QStringLiteral("PRAGMA cache_size = -131072")))
            return failed();
        if (!ClientBulkWriter::setAside(schema, c, error))
            return -1;
        for (const char *table :
             {"clients", "contact_persons", "phones", "emails", "legal_entities", "tags",
              "import_batches", "client_tags", "import_batch_clients", "client_created_totals"}) {
            if (!q.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1")
                            .arg(QLatin1String(table))))
                return failed();
        }
        bool ok = q.exec(QStringLiteral("CREATE TEMP TABLE stage(id INTEGER PRIMARY KEY, "
                                        "name TEXT, body TEXT)")) &&
                  q.exec(QStringLiteral("INSERT INTO stage SELECT rowid, name, body FROM "
                                        "src.clients_fts")) &&
                  q.prepare(QStringLiteral("INSERT INTO clients_fts(clients_fts, rank) "
                                           "VALUES ('automerge', ?)"));
        if (ok) {
            q.addBindValue(ClientBulkWriter::SearchAutomerge);
            ok = q.exec() && q.exec(QStringLiteral("INSERT INTO clients_fts(rowid, name, body) "
                                                   "SELECT id, name, body FROM stage"));
        }
        if (!ok)
            return failed();
        if (!schema.restore(error) || !tx.commit(error))
            return -1;
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    q.exec(QStringLiteral("DETACH DATABASE src"));
    return elapsed;
}

} // namespace

bool ImportBench::writeCsv(const QString &path, int rows, quint64 seed, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    const Pools pools;
    Random dupes(mix(seed + 1));
    QByteArray out = "Компания,ИНН,Фамилия,Имя,Отчество,Должность,Телефон,E-mail,Город,Заметки\n";
    for (int i = 0; i < rows; ++i) {
        QStringList row;
        if (i > 0 && dupes.below(20) == 0) {
            // A repeat of an earlier row: the same person or company by e-mail
            // or by phone, with a remark the earlier row may not have.
            const int earlier = dupes.below(i);
            row = makeRow(pools, seed, earlier);
            row[dupes.below(2) == 0 ? 6 : 7].clear();
            row[9] = QStringLiteral("Повторно, как строка %1").arg(earlier + 2);
        } else {
            row = makeRow(pools, seed, i);
        }
        for (QString &v : row)
            v = csvField(v);
        out += row.join(QLatin1Char(',')).toUtf8();
        out += '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    // On disk before anything is timed: the kernel writing the fresh file
    // back would otherwise fall on whichever import runs first.
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    if (::fsync(file.handle()) != 0) {
        *error = qt_error_string(errno);
        return false;
    }
    return true;
}

bool ImportBench::run(const QString &csvPath, const QString &folder, Figures *f, QString *error)
{
    using F = ColumnMapping::Field;
    f->bytes = QFileInfo(csvPath).size();
    {
        Database db(folder + QStringLiteral("/import.sqlite"));
        if (!db.open(Database::Mode::ReadWrite, error))
            return false;
        ClientRepository clients(db);
        ClientImporter importer(db, clients);
        CsvReader::Options csv;
        csv.encoding = QStringLiteral("UTF-8");
        csv.delimiter = QLatin1Char(',');
        const QList<F> mapping = {F::CompanyName, F::Inn,      F::LastName,    F::FirstName,
                                  F::MiddleName,  F::Position, F::MobilePhone, F::Email,
                                  F::City,        F::Notes};
        ClientImporter::Options options;
        options.tag = QStringLiteral("bench");
        ImportReport report;
        QElapsedTimer timer;
        timer.start();
        if (!importer.importCsv(csvPath, csv, mapping, options, &report, error))
            return false;
        f->oursMs = double(timer.nsecsElapsed()) / 1e6;
        f->peakRssMb = peakRssMb();
        f->created = report.created;
        f->merged = report.merged;
        f->unchanged = report.unchanged;
        f->skipped = report.skipped;
    }
    f->schemaFloorMs = schemaFloor(folder + QStringLiteral("/import.sqlite"),
                                   folder + QStringLiteral("/schema.sqlite"), error);
    if (f->schemaFloorMs < 0)
        return false;
    const QString floorDb = folder + QStringLiteral("/floor.sqlite");
    QFile::remove(floorDb);
    const QString columns = QStringLiteral(
        "company, inn, last_name, first_name, middle_name, position, phone, email, city, notes");
    f->floorImportMs = shell(floorDb,
                             QStringLiteral("CREATE TABLE t(%1);\n.import --csv --skip 1 '%2' t\n")
                                 .arg(columns, csvPath),
                             error);
    if (f->floorImportMs < 0)
        return false;
    f->floorFtsMs = shell(floorDb,
                          QStringLiteral("CREATE VIRTUAL TABLE f USING fts5(%1, content = 't', "
                                         "tokenize = 'unicode61 remove_diacritics 2');\n"
                                         "INSERT INTO f(f) VALUES ('rebuild');\n")
                              .arg(columns),
                          error);
    if (f->floorFtsMs < 0)
        return false;
    return true;
}
