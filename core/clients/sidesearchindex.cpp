#include "sidesearchindex.h"

#include "clientbulkwriter.h"
#include "db/bulkstatement.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <iterator>
#include <map>

namespace {
const QString FolderPrefix = QStringLiteral("clientele-search-");
const QString LockName = QStringLiteral("lock");
// The UTF-8 a slice may hold (MaxSliceDocuments of the bench's file take 550
// KB): with longer documents (more phones, e-mails, tags a row) a slice
// takes fewer, so that the queue's memory stays the same.
constexpr qsizetype SliceBytes = 576 * 1024;
} // namespace

SideSearchIndex::SideSearchIndex(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'clients_fts'")) ||
        !q.next())
        return;
    m_ftsSql = q.value(0).toString();
    q.finish();
    removeLeftovers();
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(FolderPrefix + u"XXXXXX"));
    if (!m_dir->isValid())
        return;
    m_lock = std::make_unique<QLockFile>(m_dir->filePath(LockName));
    m_lock->setStaleLockTime(0); // an import may run for minutes
    if (!m_lock->tryLock())
        return;
    std::promise<bool> opened;
    std::future<bool> isOpen = opened.get_future();
    m_thread = std::thread([this, &opened] { build(&opened); });
    // The side's table exists before the base attaches the side, so that the
    // base's idea of its schema is right from the start.
    if (!isOpen.get()) {
        m_thread.join();
        return;
    }
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS search_side"));
    q.addBindValue(path());
    m_attached = q.exec();
    if (!m_attached) {
        m_queue.stop();
        m_thread.join();
    }
}

SideSearchIndex::~SideSearchIndex()
{
    if (m_thread.joinable()) {
        m_queue.stop();
        m_thread.join();
    }
    if (m_attached)
        QSqlQuery(m_db).exec(QStringLiteral("DETACH DATABASE search_side"));
}

void SideSearchIndex::removeLeftovers()
{
    // A million rows leave over 300 MB there. A folder without its lock yet
    // may be an import that is just starting.
    const QDir temp = QDir::temp();
    const QStringList folders =
        temp.entryList({FolderPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        QDir folder(temp.filePath(name));
        QLockFile lock(folder.filePath(LockName));
        // Stale only when its process is gone, never by age.
        lock.setStaleLockTime(0);
        if (!folder.exists(LockName) || !lock.tryLock())
            continue;
        lock.unlock();
        folder.removeRecursively();
    }
}

QString SideSearchIndex::path() const
{
    return m_dir->filePath(QStringLiteral("search.sqlite"));
}

bool SideSearchIndex::add(qint64 id, QString name, QString body, QString *error)
{
    m_added.append({id, std::move(name), std::move(body)});
    return m_added.size() + m_replaced.size() < m_sliceDocuments || send(error);
}

bool SideSearchIndex::replace(qint64 id, QString name, QString body, QString *error)
{
    // Still here: the new documents take the place of the old.
    const auto it = std::lower_bound(m_added.begin(), m_added.end(), id,
                                     [](const Document &d, qint64 id) { return d.id < id; });
    if (it != m_added.end() && it->id == id) {
        it->name = std::move(name);
        it->body = std::move(body);
        return true;
    }
    m_replaced.append({id, std::move(name), std::move(body)});
    return m_added.size() + m_replaced.size() < m_sliceDocuments || send(error);
}

void SideSearchIndex::Slice::append(const Document &d, bool replace)
{
    text += d.name.toUtf8();
    const qsizetype nameEnd = text.size();
    text += d.body.toUtf8();
    entries.append({d.id, nameEnd, text.size(), replace});
}

bool SideSearchIndex::send(QString *error)
{
    if (m_added.isEmpty() && m_replaced.isEmpty())
        return true;
    Slice slice;
    slice.entries.reserve(m_added.size() + m_replaced.size());
    for (const Document &d : std::as_const(m_added))
        slice.append(d, false);
    for (const Document &d : std::as_const(m_replaced))
        slice.append(d, true);
    // The next slice as many documents as fit in SliceBytes at this one's size.
    m_sliceDocuments =
        std::clamp(SliceBytes * slice.entries.size() / std::max(slice.text.size(), qsizetype(1)),
                   MaxSliceDocuments / 16, MaxSliceDocuments);
    m_added.clear();
    m_replaced.clear();
    if (m_queue.push({std::move(slice)}))
        return true;
    if (error)
        *error = failure();
    return false;
}

bool SideSearchIndex::close(QString *error)
{
    if (!send(error))
        return false;
    m_queue.finish();
    return true;
}

bool SideSearchIndex::copyInto(QString *error)
{
    m_thread.join();
    if (const QString failed = failure(); !failed.isEmpty()) {
        if (error)
            *error = failed;
        return false;
    }
    QSqlQuery q(m_db);
    auto fail = [&] {
        if (error)
            *error = q.lastError().text();
        return false;
    };
    // The shadow tables of an FTS5 table that keeps its content and column
    // sizes; the new table's own first rows (version, empty structure) go.
    const char *const copy[] = {
        "DELETE FROM main.clients_fts_data",
        "INSERT INTO main.clients_fts_data SELECT * FROM search_side.clients_fts_data",
        "DELETE FROM main.clients_fts_idx",
        "INSERT INTO main.clients_fts_idx SELECT * FROM search_side.clients_fts_idx",
        "DELETE FROM main.clients_fts_content",
        "INSERT INTO main.clients_fts_content SELECT * FROM search_side.clients_fts_content",
        "DELETE FROM main.clients_fts_docsize",
        "INSERT INTO main.clients_fts_docsize SELECT * FROM search_side.clients_fts_docsize",
        "DELETE FROM main.clients_fts_config",
        "INSERT INTO main.clients_fts_config SELECT * FROM search_side.clients_fts_config",
    };
    // A search table made otherwise (contentless, without column sizes) has
    // other shadow tables: refused rather than copied in part.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM search_side.sqlite_master WHERE type = "
                               "'table' AND name LIKE 'clients^_fts^_%' ESCAPE '^'")) ||
        !q.next())
        return fail();
    if (q.value(0).toInt() != int(std::size(copy) / 2)) {
        if (error)
            *error = tr("The search index has tables the import cannot copy.");
        return false;
    }
    q.finish();
    // The base's table made anew: nothing of the empty one stays cached in
    // this connection.
    // sql-identifier: m_ftsSql is the CREATE VIRTUAL TABLE of the base's own clients_fts, read
    // from its sqlite_master.
    if (!q.exec(QStringLiteral("DROP TABLE main.clients_fts")) || !q.exec(m_ftsSql))
        return fail();
    for (const char *sql : copy)
        if (!q.exec(QLatin1String(sql)))
            return fail();
    return true;
}

void SideSearchIndex::build(std::promise<bool> *opened)
{
    const QString connection = QStringLiteral("side-search-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path());
        QSqlQuery q(db);
        // Nothing of the side database outlives the import: no journal, no sync.
        bool ok = db.open() && q.exec(QStringLiteral("PRAGMA journal_mode = OFF")) &&
                  q.exec(QStringLiteral("PRAGMA synchronous = OFF")) &&
                  q.exec(QStringLiteral("PRAGMA cache_size = -32768")) &&
                  // sql-identifier: m_ftsSql is the CREATE VIRTUAL TABLE of the base's own
                  // clients_fts, read from its sqlite_master.
                  q.exec(m_ftsSql) &&
                  q.prepare(QStringLiteral(
                      "INSERT INTO clients_fts(clients_fts, rank) VALUES ('automerge', ?)"));
        if (ok) {
            q.addBindValue(ClientBulkWriter::SearchAutomerge);
            ok = q.exec();
        }
        q.finish();
        opened->set_value(ok);
        if (ok)
            index(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void SideSearchIndex::index(QSqlDatabase &db)
{
    BulkStatement insert(db, "INSERT INTO clients_fts(rowid, name, body) VALUES (?, ?, ?)");
    BulkStatement remove(db, "DELETE FROM clients_fts WHERE rowid = ?");
    if (!insert.isValid() || !remove.isValid() || !db.transaction())
        return setFailure(insert.isValid() ? db.lastError().text() : insert.error());
    auto add = [&](qint64 id, QByteArrayView name, QByteArrayView body) {
        insert.bind(1, id);
        insert.bind(2, name);
        insert.bind(3, body);
        return insert.exec();
    };
    // FTS5 writes out what it holds whenever a row comes before the last
    // one: the documents made anew go last, each pass in ascending order.
    std::map<qint64, std::pair<QByteArray, QByteArray>> anew;
    QList<Slice> slices;
    // Idle until the queue is nearly full, then at its pace; all the rest
    // once the writer is done with its rows.
    while (m_queue.pop(&slices, SlicesAhead - SlicesSlack)) {
        for (const Slice &slice : std::as_const(slices)) {
            const QByteArrayView text(slice.text);
            qsizetype start = 0;
            for (const Slice::Entry &e : slice.entries) {
                const QByteArrayView name = text.sliced(start, e.nameEnd - start);
                const QByteArrayView body = text.sliced(e.nameEnd, e.bodyEnd - e.nameEnd);
                start = e.bodyEnd;
                if (e.replace)
                    anew.insert_or_assign(e.id, std::pair(name.toByteArray(), body.toByteArray()));
                else if (!add(e.id, name, body))
                    return setFailure(insert.error());
            }
        }
    }
    if (m_queue.stopped())
        return; // the writer gave up, nothing is wanted
    for (const auto &[id, d] : anew) {
        remove.bind(1, id);
        if (!remove.exec())
            return setFailure(remove.error());
    }
    for (const auto &[id, d] : anew)
        if (!add(id, d.first, d.second))
            return setFailure(insert.error());
    if (!db.commit())
        setFailure(db.lastError().text());
}

void SideSearchIndex::setFailure(const QString &message)
{
    {
        std::lock_guard lock(m_failureMutex);
        m_failure = message;
    }
    m_queue.stop();
}

QString SideSearchIndex::failure()
{
    std::lock_guard lock(m_failureMutex);
    return m_failure;
}
